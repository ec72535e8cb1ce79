package id.bpjs.jmo.survey;

/** Pekerjaan as in the SKM questionnaire of Permen PANRB 14/2017. */
public enum Occupation {
    PNS, TNI, POLRI, SWASTA, WIRAUSAHA, LAINNYA
}
