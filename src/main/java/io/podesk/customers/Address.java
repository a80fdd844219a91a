package io.podesk.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A postal address of a company: where its invoices go, or one of the places its goods go.
 *
 * @param region state, province or county, where the country has them
 * @param country ISO 3166 alpha-2 code, such as US
 */
@Embeddable
public record Address(
    @Column(name = "name") String name,
    @Column(name = "street") String street,
    @Column(name = "city") String city,
    @Column(name = "postal_code") String postalCode,
    @Column(name = "region") String region,
    @Column(name = "country") String country) {}
