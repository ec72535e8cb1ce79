package id.bpjs.jmo.survey;

/** Jenis kelamin as coded in the SKM questionnaire: L (laki-laki), P (perempuan). */
public enum Gender {
    L, P
}
