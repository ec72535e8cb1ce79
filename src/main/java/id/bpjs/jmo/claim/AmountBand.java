package id.bpjs.jmo.claim;

/** JHT balance bands: up to Rp15 juta can be claimed fully in JMO since May 2025 (Rp10 juta before). */
public enum AmountBand {
    UP_TO_10M, FROM_10_TO_15M, ABOVE_15M
}
