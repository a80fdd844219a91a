/** What operations watch and do on running processes: incident alerts, process migrations, ERP sync health. */
package io.podesk.workflow.operations;
