/**
 * The seller admin's pages under {@code /admin}: the set-up checklist of a new installation, customer companies and
 * their people, staff and authority limits, and the changes to them; each page works through the owning module's API.
 */
package io.podesk.admin;
