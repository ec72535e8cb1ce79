package id.bpjs.jmo.survey;

/** Pendidikan as in the SKM questionnaire of Permen PANRB 14/2017. */
public enum Education {
    SD, SMP, SMA, D1_D3, S1, S2, S3
}
