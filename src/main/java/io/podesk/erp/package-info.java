/** The outbound ERP port and its adapters, starting with the file export. */
package io.podesk.erp;
