/**
 * The engine's set-up: schema after Flyway, the user store behind every login, demo identities, authorizations,
 * single sign-on for the webapps, the engine REST route rules and their refusals, and typed process variables.
 */
package io.podesk.workflow.engine;
