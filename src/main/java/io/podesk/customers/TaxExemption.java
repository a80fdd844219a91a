package io.podesk.customers;

import java.time.LocalDate;

/**
 * A company's tax-exemption certificate: orders are tax exempt while it is valid.
 *
 * @param certificate the certificate's number
 * @param expiresOn the last day it is valid
 */
public record TaxExemption(String certificate, LocalDate expiresOn) {}
