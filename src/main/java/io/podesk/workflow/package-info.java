/** The only module that knows Camunda: process keys and variables, delegates, engine schema, identity and authorization set-up. */
package io.podesk.workflow;
