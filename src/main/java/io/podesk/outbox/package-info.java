/**
 * The one outbox of every outgoing channel (mail, webhooks): messages written in the transaction of the change they
 * report, sent by one dispatcher per channel with each message claimed by one node, retried under one back-off
 * policy, and given up on visibly (FAILED) where an operator can see and retry them.
 */
package io.podesk.outbox;
