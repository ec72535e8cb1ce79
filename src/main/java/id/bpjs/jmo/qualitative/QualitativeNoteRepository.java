package id.bpjs.jmo.qualitative;

import org.springframework.data.jpa.repository.JpaRepository;

interface QualitativeNoteRepository extends JpaRepository<QualitativeNote, Long> {
}
