package io.podesk.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the goods go. */
@Embeddable
public record ShipTo(
    @Column(name = "ship_to_name") String name,
    @Column(name = "ship_to_street") String street,
    @Column(name = "ship_to_city") String city,
    @Column(name = "ship_to_postal_code") String postalCode,
    @Column(name = "ship_to_country") String country) {}
