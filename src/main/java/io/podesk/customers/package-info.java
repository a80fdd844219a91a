/** Customer companies with their terms, credit limit and PO-number policy, and the people who buy or approve for them. */
package io.podesk.customers;
