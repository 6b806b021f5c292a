<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Endre tiltak</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>Nytt tiltak</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>&amp;Tiltak</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Beskrivelse</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Kriterier</source>
        <translation>&amp;Criteria</translation>
    </message>
    <message>
        <source>Kriteriene tiltaket skal oppfylle, for eksempel «M3, V1»</source>
        <translation>The criteria the action is to meet, for example «M3, V1»</translation>
    </message>
    <message>
        <source>for eksempel M3, V1</source>
        <translation>for example M3, V1</translation>
    </message>
    <message>
        <source>&amp;Ansvarlig</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>&amp;Frist</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>Har frist</source>
        <translation>Has a deadline</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Anslått &amp;kostnad (kr)</source>
        <translation>Estimated &amp;cost (NOK)</translation>
    </message>
    <message>
        <source>(ikke valgt)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>Fi&amp;nansiering</source>
        <translation>Fu&amp;nding</translation>
    </message>
    <message>
        <source>Merknad om finansie&amp;ring</source>
        <translation>Funding &amp;note</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Tiltak</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kriterier</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kostnad (kr)</source>
        <translation>Cost (NOK)</translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Fristen er passert, og tiltaket er ikke ferdig.</source>
        <translation>The deadline has passed and the action is not done.</translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Bare &amp;åpne tiltak</source>
        <translation>&amp;Open actions only</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Nytt tiltak…</source>
        <translation>&amp;New action…</translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Sett s&amp;tatus</source>
        <translation>Set s&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Tiltaksplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>%1 tiltak</source>
        <translation>%1 actions</translation>
    </message>
    <message>
        <source>⚠ %1 forfalt</source>
        <translation>⚠ %1 overdue</translation>
    </message>
    <message>
        <source>Tiltaket er lagt til.</source>
        <translation>The action has been added.</translation>
    </message>
    <message>
        <source>Tiltaket er endret.</source>
        <translation>The action has been changed.</translation>
    </message>
    <message>
        <source>Status er satt til «%1».</source>
        <translation>Status set to «%1».</translation>
    </message>
    <message>
        <source>Slette tiltaket «%1»?</source>
        <translation>Delete the action «%1»?</translation>
    </message>
    <message>
        <source>Tiltaket er slettet.</source>
        <translation>The action has been deleted.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Type aktivitet</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Søk i tittel, type og partnere…</source>
        <translation>Search title, kind and partners…</translation>
    </message>
    <message>
        <source>Søk i aktiviteter</source>
        <translation>Search activities</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Totalt per type</source>
        <translation>Total per kind</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Antall</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Ny aktivitet</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Samme som &amp;forrige uke</source>
        <translation>Same as &amp;last week</translation>
    </message>
    <message>
        <source>Lag en kopi av valgt aktivitet sju dager senere</source>
        <translation>Make a copy of the chosen activity seven days later</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>Møteplassaktiviteter</source>
        <translation>Meeting-place activities</translation>
    </message>
    <message>
        <source>Alle år</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Totalt per type i %1</source>
        <translation>Total per kind in %1</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>1 aktivitet</source>
        <translation>1 activity</translation>
    </message>
    <message>
        <source>%1 aktiviteter</source>
        <translation>%1 activities</translation>
    </message>
    <message>
        <source>%1 av %2 aktiviteter vises</source>
        <translation>%1 of %2 activities shown</translation>
    </message>
    <message>
        <source>Aktiviteten er lagt til.</source>
        <translation>The activity has been added.</translation>
    </message>
    <message>
        <source>Aktiviteten er endret.</source>
        <translation>The activity has been changed.</translation>
    </message>
    <message>
        <source>Kopiert til %1.</source>
        <translation>Copied to %1.</translation>
    </message>
    <message>
        <source>Slette den valgte aktiviteten?</source>
        <translation>Delete the chosen activity?</translation>
    </message>
    <message>
        <source>Aktiviteten er slettet.</source>
        <translation>The activity has been deleted.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Endre aktivitet</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Til &amp;og med</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Flere dager</source>
        <translation>Several days</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>T&amp;ittel</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>Deltake&amp;re</source>
        <translation>Pa&amp;rticipants</translation>
    </message>
    <message>
        <source>Omtrent hvor mange som var med</source>
        <translation>About how many took part</translation>
    </message>
    <message>
        <source>&amp;Målgrupper</source>
        <translation>&amp;Target groups</translation>
    </message>
    <message>
        <source>&amp;Samarbeidspartnere</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>Lag og foreninger, kommune, skole …</source>
        <translation>Clubs and associations, municipality, school …</translation>
    </message>
    <message>
        <source>&amp;Kostnad (kr)</source>
        <translation>&amp;Cost (NOK)</translation>
    </message>
    <message>
        <source>&amp;Finansiering</source>
        <translation>&amp;Funding</translation>
    </message>
    <message>
        <source>For eksempel Bygdeliv-tilskudd, kommunen, egeninnsats</source>
        <translation>For example Bygdeliv grant, the municipality, own effort</translation>
    </message>
    <message>
        <source>M&amp;erknad</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Målgrupper</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Samarbeidspartnere</source>
        <translation>Partners</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Ny egenvurdering</source>
        <translation>New self-assessment</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Vurdert av</source>
        <translation>&amp;Assessed by</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Navnet på den som gjør vurderingen</source>
        <translation>The name of the person doing the assessment</translation>
    </message>
    <message>
        <source>&amp;Formål</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>Utgangspunkt (første vurdering) eller oppfølging</source>
        <translation>Baseline (first assessment) or follow-up</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Egenvurderinger</source>
        <translation>Self-assessments</translation>
    </message>
    <message>
        <source>&amp;Ny egenvurdering…</source>
        <translation>&amp;New self-assessment…</translation>
    </message>
    <message>
        <source>Å&amp;pne</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>&amp;Kopier til nytt utkast</source>
        <translation>&amp;Copy to new draft</translation>
    </message>
    <message>
        <source>Lå&amp;s…</source>
        <translation>Loc&amp;k…</translation>
    </message>
    <message>
        <source>Gjør vurderingen endelig; den kan ikke endres etterpå</source>
        <translation>Makes the assessment final; it cannot be changed afterwards</translation>
    </message>
    <message>
        <source>S&amp;ammenlign…</source>
        <translation>Co&amp;mpare…</translation>
    </message>
    <message>
        <source>&amp;Importer kriteriekatalog…</source>
        <translation>&amp;Import criteria catalogue…</translation>
    </message>
    <message>
        <source>Egenvurdering mot sertifiseringskriteriene</source>
        <translation>Self-assessment against the certification criteria</translation>
    </message>
    <message>
        <source>Egenvurdering</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Kriteriekatalog for nye vurderinger: %1, versjon %2%3</source>
        <translation>Criteria catalogue for new assessments: %1, version %2%3</translation>
    </message>
    <message>
        <source> (utkast)</source>
        <translation> (draft)</translation>
    </message>
    <message>
        <source>1 egenvurdering</source>
        <translation>1 self-assessment</translation>
    </message>
    <message>
        <source>%1 egenvurderinger</source>
        <translation>%1 self-assessments</translation>
    </message>
    <message>
        <source>Ny egenvurdering er opprettet.</source>
        <translation>A new self-assessment has been created.</translation>
    </message>
    <message>
        <source>Nytt utkast er laget med svarene fra vurderingen.</source>
        <translation>A new draft has been made with the answers from the assessment.</translation>
    </message>
    <message>
        <source>Låse egenvurderingen? Den kan ikke endres etterpå, men du kan kopiere den til et nytt utkast.</source>
        <translation>Lock the self-assessment? It cannot be changed afterwards, but you can copy it to a new draft.</translation>
    </message>
    <message>
        <source>Egenvurderingen er låst.</source>
        <translation>The self-assessment has been locked.</translation>
    </message>
    <message>
        <source>Tiltaket er lagt i tiltaksplanen.</source>
        <translation>The action has been added to the action plan.</translation>
    </message>
    <message>
        <source>Importer kriteriekatalog</source>
        <translation>Import criteria catalogue</translation>
    </message>
    <message>
        <source>Kriteriekatalog (*.toml);;Alle filer (*)</source>
        <translation>Criteria catalogue (*.toml);;All files (*)</translation>
    </message>
    <message>
        <source>Kunne ikke importere</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <source>Katalogen «%1» versjon %2 var importert fra før. Ingenting er endret.</source>
        <translation>The catalogue «%1» version %2 had been imported before. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Katalogen «%1» versjon %2 er importert og brukes for nye vurderinger.</source>
        <translation>The catalogue «%1» version %2 has been imported and is used for new assessments.</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vurdert av</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Poeng totalt</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>Klar for sertifisering</source>
        <translation>Ready for certification</translation>
    </message>
    <message>
        <source>Et svar er endret etter at vurderingen ble låst, trolig som utkast på en annen maskin før utvekslingsfilene ble lest inn. Kopier vurderingen til et nytt utkast for å gå gjennom svarene.</source>
        <translation>An answer was changed after the assessment was locked, probably as a draft on another computer before the exchange files were read in. Copy the assessment to a new draft to go through the answers.</translation>
    </message>
    <message>
        <source>versjon %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Låst – endret etterpå</source>
        <translation>Locked – changed since</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Sikkerhetskopiene ligger i %1. Appen tar en kopi hver dag ved oppstart og før import og oppgradering.</source>
        <translation>The backups are in %1. The app makes a copy every day at start-up and before imports and upgrades.</translation>
    </message>
    <message>
        <source>Tatt</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Grunn</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>&amp;Ta sikkerhetskopi nå</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett valgt…</source>
        <translation>&amp;Restore selected…</translation>
    </message>
    <message>
        <source>Åpne &amp;mappen</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Skadet – kan ikke brukes</source>
        <translation>Damaged – cannot be used</translation>
    </message>
    <message>
        <source>Daglig</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Tatt for hånd</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Før import</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>Før gjenoppretting</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Før oppgradering</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>Kunne ikke ta sikkerhetskopi</source>
        <translation>Could not make a backup</translation>
    </message>
    <message>
        <source>Gjenopprette sikkerhetskopien fra %1? Endringer gjort etter det forsvinner fra databasen, men databasen slik den er nå, blir tatt vare på som en egen sikkerhetskopi.</source>
        <translation>Restore the backup from %1? Changes made after that disappear from the database, but the database as it is now is kept as a separate backup.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CheckTableModel</name>
    <message>
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Feilet</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Sammenlign egenvurderinger</source>
        <translation>Compare self-assessments</translation>
    </message>
    <message>
        <source>&amp;Før</source>
        <translation>&amp;Before</translation>
    </message>
    <message>
        <source>&amp;Etter</source>
        <translation>&amp;After</translation>
    </message>
    <message>
        <source>Sammenligning</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>↑ Bedre</source>
        <translation>↑ Better</translation>
    </message>
    <message>
        <source>↓ Dårligere</source>
        <translation>↓ Worse</translation>
    </message>
    <message>
        <source>Uendret</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Bare i før</source>
        <translation>Only in before</translation>
    </message>
    <message>
        <source>Bare i etter</source>
        <translation>Only in after</translation>
    </message>
    <message>
        <source>Endret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Område / kriterium</source>
        <translation>Area / criterion</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Før: %1
Etter: %2</source>
        <translation>Before: %1
After: %2</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Butikk</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Egenvurdering</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Kriteriekatalog</source>
        <translation>Criteria catalogue</translation>
    </message>
    <message>
        <source>Disse postene ble endret både her og på en annen maskin. Versjonen som vises nå ble valgt automatisk; den andre er tatt vare på. Velg hvilken som skal gjelde.</source>
        <translation>These records were changed both here and on another computer. The version shown now was chosen automatically; the other has been kept. Choose which one applies.</translation>
    </message>
    <message>
        <source>&amp;Poster med konflikt:</source>
        <translation>&amp;Records in conflict:</translation>
    </message>
    <message>
        <source>Felt som er ulike</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Gjeldende nå</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Den andre versjonen</source>
        <translation>The other version</translation>
    </message>
    <message>
        <source>&amp;Behold gjeldende</source>
        <translation>&amp;Keep current</translation>
    </message>
    <message>
        <source>Bruk &amp;den andre versjonen</source>
        <translation>Use &amp;the other version</translation>
    </message>
    <message>
        <source>Ingen konflikter å løse.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Kunne ikke fullføre</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <source>Fylkesoversikt</source>
        <translation>County overview</translation>
    </message>
    <message>
        <source>For fylket: les inn utvekslingsfiler (.bygdeliv) og signerte sammendrag (PDF) fra mange butikker. Signaturene kontrolleres mot fylkets CA-sertifikat (velg det på siden Kontroller PDF). Tallene lagres i en egen database: %1</source>
        <translation>For the county: read exchange files (.bygdeliv) and signed summaries (PDF) from many stores. The signatures are checked against the county&apos;s CA certificate (choose it on the Check PDF page). The figures are stored in a separate database: %1</translation>
    </message>
    <message>
        <source>&amp;Importer mappe…</source>
        <translation>&amp;Import folder…</translation>
    </message>
    <message>
        <source>Eksporter &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Eksporter E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Butikk eller kommune</source>
        <translation>Store or municipality</translation>
    </message>
    <message>
        <source>K&amp;ommune:</source>
        <translation>M&amp;unicipality:</translation>
    </message>
    <message>
        <source>Fylkesoversikt, én rad per butikk</source>
        <translation>County overview, one row per store</translation>
    </message>
    <message>
        <source>Alle kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>1 butikk, %2 vist</source>
        <translation>1 store, %2 shown</translation>
    </message>
    <message>
        <source>%1 butikker, %2 vist</source>
        <translation>%1 stores, %2 shown</translation>
    </message>
    <message>
        <source>Velg mappen med filene</source>
        <translation>Choose the folder with the files</translation>
    </message>
    <message>
        <source>Leser %1 (%2 av %3) …</source>
        <translation>Reading %1 (%2 of %3) …</translation>
    </message>
    <message>
        <source>Leser filene …</source>
        <translation>Reading the files …</translation>
    </message>
    <message>
        <source>Lest inn: %1. Allerede lest inn før: %2. Avvist: %3.</source>
        <translation>Read: %1. Read before: %2. Refused: %3.</translation>
    </message>
    <message>
        <source>Fant ingen .bygdeliv- eller PDF-filer i mappen.</source>
        <translation>Found no .bygdeliv or PDF files in the folder.</translation>
    </message>
    <message>
        <source>… og %1 til.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>fylkesoversikt</source>
        <translation>county-overview</translation>
    </message>
    <message>
        <source>Eksporter tabellen</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>Skrev %1 (%2 rader)</source>
        <translation>Wrote %1 (%2 rows)</translation>
    </message>
    <message>
        <source>Skriver tabellen …</source>
        <translation>Writing the table …</translation>
    </message>
    <message>
        <source>Eksporter</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>CountyTableModel</name>
    <message>
        <source>Butikk</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Siste vurdering</source>
        <translation>Last assessment</translation>
    </message>
    <message>
        <source>Poeng per kategori</source>
        <translation>Score per category</translation>
    </message>
    <message>
        <source>Poeng totalt</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>Klar for sertifisering</source>
        <translation>Ready for certification</translation>
    </message>
    <message>
        <source>Aktiviteter siste 12 mnd</source>
        <translation>Activities last 12 months</translation>
    </message>
    <message>
        <source>Tjenester siste 12 mnd</source>
        <translation>Services last 12 months</translation>
    </message>
    <message>
        <source>Åpne tiltak</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Forfalte tiltak</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Signatur</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signert av</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bekreftet (fylkets CA)</source>
        <translation>Confirmed (county CA)</translation>
    </message>
    <message>
        <source>Uendret, avsender ikke bekreftet</source>
        <translation>Unchanged, sender not confirmed</translation>
    </message>
    <message>
        <source>Ikke signert</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source> (utkast)</source>
        <translation> (draft)</translation>
    </message>
    <message>
        <source>ikke bekreftet</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>flere bekreftede sammendrag for samme periode</source>
        <translation>several confirmed summaries for the same period</translation>
    </message>
    <message>
        <source>fil</source>
        <translation>file</translation>
    </message>
    <message>
        <source>fil + PDF</source>
        <translation>file + PDF</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Bygdeliv Desktop – uventet feil</source>
        <translation>Bygdeliv Desktop – unexpected error</translation>
    </message>
    <message>
        <source>Det oppstod en feil programmet ikke var forberedt på. Det du allerede har lagret, er trygt. Send gjerne rapporten under til den som gir deg brukerstøtte.</source>
        <translation>An error occurred that the program was not prepared for. What you have already saved is safe. Please send the report below to whoever gives you support.</translation>
    </message>
    <message>
        <source>Loggfil: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>Kopier rapporten</source>
        <translation>Copy the report</translation>
    </message>
    <message>
        <source>Kopiert</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DataFileMenu</name>
    <message>
        <source>Bygdeliv-database (*.sqlite3);;Alle filer (*)</source>
        <translation>Bygdeliv database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Ny datafil</source>
        <translation>New data file</translation>
    </message>
    <message>
        <source>Åpne datafil</source>
        <translation>Open data file</translation>
    </message>
    <message>
        <source>%1 finnes allerede. Velg et nytt navn, eller bruk Åpne datafil.</source>
        <translation>%1 already exists. Choose a new name, or use Open data file.</translation>
    </message>
    <message>
        <source>Åpne &amp;datafil…</source>
        <translation>Open &amp;data file…</translation>
    </message>
    <message>
        <source>N&amp;y datafil…</source>
        <translation>Ne&amp;w data file…</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Vedlegg</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Legg &amp;ved fil…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>Å&amp;pne vedlegg</source>
        <translation>O&amp;pen attachment</translation>
    </message>
    <message>
        <source>Fj&amp;ern vedlegg</source>
        <translation>R&amp;emove attachment</translation>
    </message>
    <message>
        <source>Legg ved dokumentasjon</source>
        <translation>Attach evidence</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Utvekslingsfil (*%1);;Alle filer (*)</source>
        <translation>Exchange file (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>Eksporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Det finnes ingen butikker å eksportere ennå.</source>
        <translation>There are no stores to export yet.</translation>
    </message>
    <message>
        <source>butikker</source>
        <translation>stores</translation>
    </message>
    <message>
        <source>Lagre utvekslingsfil</source>
        <translation>Save exchange file</translation>
    </message>
    <message>
        <source>Signer utvekslingsfilen</source>
        <translation>Sign the exchange file</translation>
    </message>
    <message>
        <source>Passord for signeringsnøkkelen:</source>
        <translation>Passphrase for the signing key:</translation>
    </message>
    <message>
        <source>Utvekslingsfilen er lagret:
%1</source>
        <translation>The exchange file has been saved:
%1</translation>
    </message>
    <message>
        <source>Filen er signert.</source>
        <translation>The file is signed.</translation>
    </message>
    <message>
        <source>Filen er ikke signert.</source>
        <translation>The file is not signed.</translation>
    </message>
    <message>
        <source>Disse vedleggene fantes ikke på denne maskinen og er ikke med: %1</source>
        <translation>These attachments were not found on this computer and are not included: %1</translation>
    </message>
    <message>
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Skriver utvekslingsfilen …</source>
        <translation>Writing the exchange file …</translation>
    </message>
    <message>
        <source>Importer utvekslingsfil</source>
        <translation>Import exchange file</translation>
    </message>
    <message>
        <source>Kontrollerer filen …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi og importerer …</source>
        <translation>Backing up and importing …</translation>
    </message>
    <message>
        <source>Importert: %1 nye, %2 endret, %3 slettet, %4 konflikter.</source>
        <translation>Imported: %1 new, %2 changed, %3 deleted, %4 conflicts.</translation>
    </message>
    <message>
        <source>Sikkerhetskopi tatt før importen: %1</source>
        <translation>Backup made before the import: %1</translation>
    </message>
    <message>
        <source>Se Fil → Konflikter for å velge versjon.</source>
        <translation>See File → Conflicts to choose a version.</translation>
    </message>
    <message>
        <source>Importert</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Eksporter utvekslingsfil</source>
        <translation>Export exchange file</translation>
    </message>
    <message>
        <source>Velg butikkene som skal med i filen. Filen kan tas med på minnepinne eller sendes som vedlegg, og leses inn med «Importer utvekslingsfil…» på den andre maskinen.</source>
        <translation>Choose the stores to include in the file. The file can be taken on a USB stick or sent as an attachment, and read with «Import exchange file…» on the other computer.</translation>
    </message>
    <message>
        <source>&amp;Butikker:</source>
        <translation>&amp;Stores:</translation>
    </message>
    <message>
        <source>Butikker som skal eksporteres</source>
        <translation>Stores to export</translation>
    </message>
    <message>
        <source>Velg &amp;alle</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Velg &amp;ingen</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <source>&amp;Signer filen med signeringsidentiteten min</source>
        <translation>S&amp;ign the file with my signing identity</translation>
    </message>
    <message>
        <source>Lag en signeringsidentitet på siden Rapport for å signere filer.</source>
        <translation>Create a signing identity on the Report page to sign files.</translation>
    </message>
    <message>
        <source>&amp;Eksporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 av %2 butikker valgt.</source>
        <translation>%1 of %2 stores selected.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Bruk virksomhetssertifikat</source>
        <translation>Use enterprise certificate</translation>
    </message>
    <message>
        <source>Opprett signeringsidentitet</source>
        <translation>Create signing identity</translation>
    </message>
    <message>
        <source>Sertifikatet i «%1» tas i bruk. Nøkkelen lagres på denne PC-en, beskyttet med et nytt passord du velger her.</source>
        <translation>The certificate in «%1» will be used. The key is stored on this PC, protected by a new passphrase you choose here.</translation>
    </message>
    <message>
        <source>Programmet lager en signeringsnøkkel som bare finnes på denne PC-en. Velg et passord du husker: uten det kan du ikke signere, og det kan ikke hentes fram igjen.</source>
        <translation>The program makes a signing key that exists only on this PC. Choose a passphrase you will remember: without it you cannot sign, and it cannot be recovered.</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Den som signerer sammendraget</source>
        <translation>The person who signs the summary</translation>
    </message>
    <message>
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>For eksempel daglig leder</source>
        <translation>For example general manager</translation>
    </message>
    <message>
        <source>&amp;Butikk</source>
        <translation>&amp;Store</translation>
    </message>
    <message>
        <source>&amp;Organisasjonsnummer</source>
        <translation>&amp;Organisation number</translation>
    </message>
    <message>
        <source>Skrives inn i sertifikatet, så fylket ser hvilken virksomhet som signerte</source>
        <translation>Written into the certificate, so the county sees which business signed</translation>
    </message>
    <message>
        <source>Passord for &amp;.p12-filen</source>
        <translation>Passphrase for the &amp;.p12 file</translation>
    </message>
    <message>
        <source>Nytt &amp;passord</source>
        <translation>New &amp;passphrase</translation>
    </message>
    <message numerus="yes">
        <source>Minst %n tegn</source>
        <translation>
            <numerusform>At least %n characters</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Gjenta passordet</source>
        <translation>Re&amp;peat the passphrase</translation>
    </message>
    <message>
        <source>&amp;Bruk sertifikatet</source>
        <translation>&amp;Use the certificate</translation>
    </message>
    <message>
        <source>&amp;Opprett</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Importer utvekslingsfil</source>
        <translation>Import exchange file</translation>
    </message>
    <message>
        <source>Butikker</source>
        <translation>Stores</translation>
    </message>
    <message>
        <source>Tjenester</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Kriteriekataloger</source>
        <translation>Criteria catalogues</translation>
    </message>
    <message>
        <source>Egenvurderinger</source>
        <translation>Self-assessments</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Nye</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Endret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Uendret</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Laget %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Made %2 · %3</translation>
    </message>
    <message>
        <source>Butikker i filen: %1</source>
        <translation>Stores in the file: %1</translation>
    </message>
    <message>
        <source>Endringer per type</source>
        <translation>Changes per kind</translation>
    </message>
    <message>
        <source>Denne filen er importert før. Ingenting vil bli endret.</source>
        <translation>This file has been imported before. Nothing will be changed.</translation>
    </message>
    <message>
        <source>%1 poster er endret både her og i filen siden sist. Én versjon velges automatisk; den andre tas vare på under Fil → Konflikter, der du kan velge den i stedet.</source>
        <translation>%1 records were changed both here and in the file since last time. One version is chosen automatically; the other is kept under File → Conflicts, where you can choose it instead.</translation>
    </message>
    <message>
        <source>Ingen konflikter.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>Før importen tas en sikkerhetskopi av databasen.</source>
        <translation>A backup of the database is made before the import.</translation>
    </message>
    <message>
        <source>&amp;Godta bare signerte filer fra klarerte utstedere</source>
        <translation>&amp;Accept only files signed by trusted issuers</translation>
    </message>
    <message>
        <source>Klarert utsteder: fylkets CA-sertifikat valgt på siden Kontroller PDF. Filen må være signert med et sertifikat derfra, for butikkenes eget organisasjonsnummer eller av en konsulent eller fylket.</source>
        <translation>Trusted issuer: the county&apos;s CA certificate chosen on the Check PDF page. The file must be signed with a certificate from it, for the stores&apos; own organisation number or by a consultant or the county.</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filen er ikke signert.</source>
        <translation>The file is not signed.</translation>
    </message>
    <message>
        <source>Ingen klarert utsteder er valgt: velg fylkets CA-sertifikat på siden Kontroller PDF.</source>
        <translation>No trusted issuer is chosen: choose the county&apos;s CA certificate on the Check PDF page.</translation>
    </message>
    <message>
        <source>Underskriveren er ikke utstedt av en klarert utsteder.</source>
        <translation>The signer&apos;s certificate was not issued by a trusted issuer.</translation>
    </message>
    <message>
        <source>Sertifikatet tilhører en annen organisasjon enn butikkene i filen.</source>
        <translation>The certificate belongs to another organisation than the stores in the file.</translation>
    </message>
    <message>
        <source>Kan ikke importeres: %1 Fjern haken for å importere likevel.</source>
        <translation>Cannot be imported: %1 Untick the box to import anyway.</translation>
    </message>
    <message>
        <source>Underskriveren signerer som konsulent eller fylke (%1), ikke som butikkens egen.</source>
        <translation>The signer signs as a consultant or the county (%1), not as the store&apos;s own.</translation>
    </message>
    <message>
        <source>uten org.nr.</source>
        <translation>no org. no.</translation>
    </message>
    <message>
        <source>Advarsel: sertifikatet tilhører org.nr. %1, ikke butikkene i filen (%2). Signaturen bekrefter ikke hvem dataene kommer fra.</source>
        <translation>Warning: the certificate belongs to org. no. %1, not to the stores in the file (%2). The signature does not confirm who the data comes from.</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ikke signert</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>, org.nr. %1</source>
        <translation>, org. no. %1</translation>
    </message>
    <message>
        <source>signert av %1 (bekreftet av fylkets CA)</source>
        <translation>signed by %1 (confirmed by the county CA)</translation>
    </message>
    <message>
        <source>signert av %1 (uendret, men avsenderen er ikke bekreftet)</source>
        <translation>signed by %1 (unchanged, but the sender is not confirmed)</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Databasen er skadet</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Kontrollen ved oppstart fant feil i databasen
%1

Ingenting er endret eller slettet.</source>
        <translation>The check at start-up found errors in the database
%1

Nothing has been changed or deleted.</translation>
    </message>
    <message>
        <source>Den nyeste hele sikkerhetskopien er fra %1. Gjenoppretter du den, mister du endringer gjort etter det. Den skadede filen blir tatt vare på som sikkerhetskopi.</source>
        <translation>The newest complete backup is from %1. If you restore it, you lose changes made after that. The damaged file is kept as a backup.</translation>
    </message>
    <message>
        <source>Det finnes ingen hel sikkerhetskopi i %1. Kontakt brukerstøtte før du gjør noe med filen.</source>
        <translation>There is no complete backup in %1. Contact support before you do anything with the file.</translation>
    </message>
    <message>
        <source>Gjenopprett sikkerhetskopien</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Kunne ikke gjenopprette</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Sikkerhetskopien ble ikke brukt (%1). Databasen er uendret.</source>
        <translation>The backup was not used (%1). The database is unchanged.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bygdeliv Desktop</source>
        <translation>Bygdeliv Desktop</translation>
    </message>
    <message>
        <source>Navigasjon</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Butikk</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>&amp;Butikk: </source>
        <translation>&amp;Store: </translation>
    </message>
    <message>
        <source>Velg butikk</source>
        <translation>Choose store</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Sikker&amp;hetskopier…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ny</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Butikk</source>
        <translation>&amp;Store</translation>
    </message>
    <message>
        <source>&amp;Ny butikk…</source>
        <translation>&amp;New store…</translation>
    </message>
    <message>
        <source>&amp;Gi nytt navn…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Arkiver butikken</source>
        <translation>&amp;Archive the store</translation>
    </message>
    <message>
        <source>&amp;Vis arkiverte butikker</source>
        <translation>&amp;Show archived stores</translation>
    </message>
    <message>
        <source>&amp;Gå til</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>S&amp;øk…</source>
        <translation>Sea&amp;rch…</translation>
    </message>
    <message>
        <source>&amp;Innstillinger</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Eksporter utvekslingsfil…</source>
        <translation>&amp;Export exchange file…</translation>
    </message>
    <message>
        <source>&amp;Importer utvekslingsfil…</source>
        <translation>&amp;Import exchange file…</translation>
    </message>
    <message>
        <source>&amp;Konflikter…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source> (arkivert)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>&amp;Hent fram fra arkivet</source>
        <translation>&amp;Bring back from the archive</translation>
    </message>
    <message>
        <source>%1 – Bygdeliv Desktop</source>
        <translation>%1 – Bygdeliv Desktop</translation>
    </message>
    <message>
        <source>Navn på butikken:</source>
        <translation>Name of the store:</translation>
    </message>
    <message>
        <source>Ny butikk</source>
        <translation>New store</translation>
    </message>
    <message>
        <source>Butikken er opprettet. Fyll ut profilen.</source>
        <translation>The store has been created. Fill in the profile.</translation>
    </message>
    <message>
        <source>Gi nytt navn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Arkivere «%1»? Butikken skjules fra listen, men ingenting slettes.</source>
        <translation>Archive «%1»? The store is hidden from the list, but nothing is deleted.</translation>
    </message>
    <message>
        <source>Arkiver butikk</source>
        <translation>Archive store</translation>
    </message>
    <message>
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Du har endringer på siden «%1» som ikke er lagret.</source>
        <translation>You have changes on the page «%1» that have not been saved.</translation>
    </message>
    <message>
        <source>Kunne ikke fullføre</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gjør om</source>
        <translation>R&amp;edo</translation>
    </message>
    <message>
        <source>Slettede &amp;poster…</source>
        <translation>Deleted &amp;items…</translation>
    </message>
    <message>
        <source>sletting av «%1»</source>
        <translation>deleting «%1»</translation>
    </message>
    <message>
        <source>«%1» er slettet. Ctrl+Z angrer.</source>
        <translation>«%1» deleted. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>1 post er gjenopprettet.</source>
        <translation>1 item restored.</translation>
    </message>
    <message>
        <source>%1 poster er gjenopprettet.</source>
        <translation>%1 items restored.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Arbeider</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>aktive tjenester utover dagligvarer</source>
        <translation>active services beyond groceries</translation>
    </message>
    <message>
        <source>aktiviteter hittil i år</source>
        <translation>activities so far this year</translation>
    </message>
    <message>
        <source>aktiviteter i fjor</source>
        <translation>activities last year</translation>
    </message>
    <message>
        <source>aktiviteter siste 12 måneder</source>
        <translation>activities in the last 12 months</translation>
    </message>
    <message>
        <source>åpne tiltak i tiltaksplanen</source>
        <translation>open actions in the action plan</translation>
    </message>
    <message>
        <source>siste egenvurdering</source>
        <translation>latest self-assessment</translation>
    </message>
    <message>
        <source>Velkommen til Bygdeliv Desktop. Her registrerer du butikkens tjenester og møteplassaktiviteter. Start med å opprette butikken.</source>
        <translation>Welcome to Bygdeliv Desktop. Here you record the store&apos;s services and meeting-place activities. Start by creating the store.</translation>
    </message>
    <message>
        <source>&amp;Opprett butikk…</source>
        <translation>&amp;Create store…</translation>
    </message>
    <message>
        <source>Aktiviteter per måned</source>
        <translation>Activities per month</translation>
    </message>
    <message>
        <source>Siste egenvurdering, poeng per kategori</source>
        <translation>Latest self-assessment, score per category</translation>
    </message>
    <message>
        <source>&amp;Marker sammendraget som sendt</source>
        <translation>&amp;Mark the summary as sent</translation>
    </message>
    <message>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Ingen butikk ennå</source>
        <translation>No store yet</translation>
    </message>
    <message>
        <source>Kommune ikke valgt</source>
        <translation>Municipality not chosen</translation>
    </message>
    <message>
        <source>org.nr. %1</source>
        <translation>org. no. %1</translation>
    </message>
    <message>
        <source>1 deltaker</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>%1 deltakere</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>Kriteriet M3 krever minst seks i året.</source>
        <translation>Criterion M3 requires at least six a year.</translation>
    </message>
    <message>
        <source>Siste signerte sammendrag: %1.</source>
        <translation>Last signed summary: %1.</translation>
    </message>
    <message>
        <source>Markert som sendt til fylket %1.</source>
        <translation>Marked as sent to the county %1.</translation>
    </message>
    <message>
        <source>Ikke markert som sendt.</source>
        <translation>Not marked as sent.</translation>
    </message>
    <message>
        <source>Ingen signerte sammendrag laget på denne maskinen ennå.</source>
        <translation>No signed summaries made on this computer yet.</translation>
    </message>
    <message>
        <source>Siste sikkerhetskopi: %1.</source>
        <translation>Last backup: %1.</translation>
    </message>
    <message>
        <source>Ingen sikkerhetskopi ennå (Fil → Sikkerhetskopier…).</source>
        <translation>No backup yet (File → Backups…).</translation>
    </message>
    <message>
        <source>⚠ %1 forfalt</source>
        <translation>⚠ %1 overdue</translation>
    </message>
    <message>
        <source>Ingen forfalte tiltak.</source>
        <translation>No overdue actions.</translation>
    </message>
    <message>
        <source>Ingen egenvurdering ennå.</source>
        <translation>No self-assessment yet.</translation>
    </message>
    <message>
        <source>låst</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>%1 (%2), besvart %3 av %4.</source>
        <translation>%1 (%2), %3 of %4 answered.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Kunne ikke fullføre</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>Bekreft</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Låst: denne egenvurderingen er endelig og kan bare leses. Bruk «Kopier til nytt utkast» for å følge opp.</source>
        <translation>Locked: this self-assessment is final and read-only. Use «Copy to new draft» to follow up.</translation>
    </message>
    <message>
        <source>Tilbake til &amp;listen</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <source>Lå&amp;s vurderingen…</source>
        <translation>Lock the a&amp;ssessment…</translation>
    </message>
    <message>
        <source>Kriterier</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Vurdering: %1</source>
        <translation>Assessment: %1</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>&amp;Dokumentasjon</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <source>&amp;Kommentar</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>F&amp;orrige</source>
        <translation>Pre&amp;vious</translation>
    </message>
    <message>
        <source>Forrige kriterium (Ctrl+PgUp)</source>
        <translation>Previous criterion (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>&amp;Neste</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Neste kriterium (Ctrl+PgDown)</source>
        <translation>Next criterion (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Lag &amp;tiltak…</source>
        <translation>Create &amp;action…</translation>
    </message>
    <message>
        <source>Lag et tiltak i tiltaksplanen for dette kriteriet</source>
        <translation>Create an action in the action plan for this criterion</translation>
    </message>
    <message>
        <source>Egenvurdering %1 · %2: %3 · %4</source>
        <translation>Self-assessment %1 · %2: %3 · %4</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Totalt: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source> (Obligatorisk)</source>
        <translation> (Mandatory)</translation>
    </message>
    <message>
        <source>Vurdering av %1 (%2)</source>
        <translation>Assessment of %1 (%2)</translation>
    </message>
    <message>
        <source>Hva som teller som dokumentasjon: %1</source>
        <translation>What counts as evidence: %1</translation>
    </message>
    <message>
        <source>Fra registreringene: %1 aktive tjenester som teller her (%2).</source>
        <translation>From the records: %1 active services that count here (%2).</translation>
    </message>
    <message>
        <source>Fra registreringene: ingen aktive tjenester som teller her.</source>
        <translation>From the records: no active services that count here.</translation>
    </message>
    <message>
        <source>Fra registreringene: %1 aktiviteter registrert siste 12 måneder.</source>
        <translation>From the records: %1 activities recorded in the last 12 months.</translation>
    </message>
    <message>
        <source>Kriteriet regnes som oppfylt ved %1.</source>
        <translation>The criterion counts as met at %1.</translation>
    </message>
    <message>
        <source>Tiltak kan lages når kriteriet er vurdert som ikke eller delvis oppfylt.</source>
        <translation>An action can be created when the criterion is assessed as not or partly met.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Signert sammendrag til fylkeskommunen</source>
        <translation>Signed summary for the county</translation>
    </message>
    <message>
        <source>Sammendraget samler butikkens tjenester og møteplassaktiviteter i perioden i én PDF-fil (PDF/A) med tallene som maskinlesbare data. Filen signeres digitalt, så fylkeskommunen kan se hvem som laget den og at ingenting er endret etterpå.</source>
        <translation>The summary gathers the store&apos;s services and meeting-place activities for the period in one PDF file (PDF/A) with the figures as machine-readable data. The file is signed digitally, so the county can see who made it and that nothing was changed afterwards.</translation>
    </message>
    <message>
        <source>&amp;Lag signert sammendrag…</source>
        <translation>&amp;Make signed summary…</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Periodens første dag</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Periodens siste dag</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>Siste &amp;12 måneder</source>
        <translation>Last &amp;12 months</translation>
    </message>
    <message>
        <source>Målform i sammendraget</source>
        <translation>Written standard of the summary</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>&amp;Målform:</source>
        <translation>&amp;Written standard:</translation>
    </message>
    <message>
        <source>Signeringsidentitet</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <source>&amp;Opprett signeringsidentitet…</source>
        <translation>&amp;Create signing identity…</translation>
    </message>
    <message>
        <source>Lag sertifikatfo&amp;respørsel…</source>
        <translation>Make certificate &amp;request…</translation>
    </message>
    <message>
        <source>&amp;Importer sertifikat fra fylket…</source>
        <translation>&amp;Import certificate from the county…</translation>
    </message>
    <message>
        <source>Importer &amp;virksomhetssertifikat (.p12)…</source>
        <translation>Import &amp;enterprise certificate (.p12)…</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Ny signeringsidentitet…</source>
        <translation>&amp;New signing identity…</translation>
    </message>
    <message>
        <source>Velg eller opprett en butikk først.</source>
        <translation>Choose or create a store first.</translation>
    </message>
    <message>
        <source>Opprett en signeringsidentitet først.</source>
        <translation>Create a signing identity first.</translation>
    </message>
    <message>
        <source>Du blir bedt om passordet og hvor filen skal lagres.</source>
        <translation>You will be asked for the passphrase and where to save the file.</translation>
    </message>
    <message>
        <source>Ingen signeringsidentitet ennå. Opprett en for å kunne signere sammendraget.</source>
        <translation>No signing identity yet. Create one to be able to sign the summary.</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Sertifikatet for %1 er utløpt (%2). Lag en ny sertifikatforespørsel eller opprett en ny signeringsidentitet.</source>
        <translation>The certificate for %1 has expired (%2). Make a new certificate request or create a new signing identity.</translation>
    </message>
    <message>
        <source>Selvutstedt sertifikat for %1, gyldig til %2. Fylkeskommunen kan ikke bekrefte hvem som har signert før du har importert et sertifikat fra fylket. Lag en sertifikatforespørsel og send den til fylkeskommunen.</source>
        <translation>Self-signed certificate for %1, valid until %2. The county cannot confirm who signed until you have imported a certificate from the county. Make a certificate request and send it to the county.</translation>
    </message>
    <message>
        <source>Sertifikat fra fylkeskommunen (%3) for %1, gyldig til %2.</source>
        <translation>Certificate from the county (%3) for %1, valid until %2.</translation>
    </message>
    <message>
        <source>Virksomhetssertifikat fra %3 for %1, gyldig til %2.</source>
        <translation>Enterprise certificate from %3 for %1, valid until %2.</translation>
    </message>
    <message>
        <source>Fingeravtrykk (SHA-256), for kontroll på telefon:
%1</source>
        <translation>Fingerprint (SHA-256), to check over the phone:
%1</translation>
    </message>
    <message>
        <source>Ugyldig periode</source>
        <translation>Invalid period</translation>
    </message>
    <message>
        <source>Periodens første dag er etter den siste. Rett datoene.</source>
        <translation>The first day of the period is after the last. Correct the dates.</translation>
    </message>
    <message>
        <source>Signer sammendraget</source>
        <translation>Sign the summary</translation>
    </message>
    <message>
        <source>Skriv passordet for signeringsnøkkelen til %1:</source>
        <translation>Enter the passphrase for the signing key of %1:</translation>
    </message>
    <message>
        <source>Lagre signert sammendrag</source>
        <translation>Save signed summary</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signert sammendrag</source>
        <translation>Signed summary</translation>
    </message>
    <message>
        <source>Lager og signerer sammendraget …</source>
        <translation>Making and signing the summary …</translation>
    </message>
    <message>
        <source>Avbrutt. Sammendraget er ikke lagret.</source>
        <translation>Cancelled. The summary has not been saved.</translation>
    </message>
    <message>
        <source>Signert sammendrag lagret i %1</source>
        <translation>Signed summary saved in %1</translation>
    </message>
    <message>
        <source>Sammendraget er lagret</source>
        <translation>The summary has been saved</translation>
    </message>
    <message>
        <source>Det signerte sammendraget er lagret i «%1».

Vil du åpne det nå?</source>
        <translation>The signed summary has been saved in «%1».

Do you want to open it now?</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Butikk</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>&amp;Søk etter:</source>
        <translation>&amp;Search for:</translation>
    </message>
    <message>
        <source>Butikk, tjeneste, tiltak eller aktivitet</source>
        <translation>Store, service, action or activity</translation>
    </message>
    <message>
        <source>Treff</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Viser de første %1 treff. Skriv mer for å snevre inn.</source>
        <translation>Showing the first %1 results. Type more to narrow down.</translation>
    </message>
    <message>
        <source>%1 treff</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <source>Skriv minst to tegn.</source>
        <translation>Type at least two characters.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Endre tjeneste</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <source>Ny tjeneste</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>&amp;Tjeneste</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Beskrivelse (annen)</source>
        <translation>&amp;Description (other)</translation>
    </message>
    <message>
        <source>Skriv hva tjenesten er når du har valgt «Annen tjeneste»</source>
        <translation>Write what the service is when you have chosen «Other service»</translation>
    </message>
    <message>
        <source>&amp;Samarbeidspartner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Fra</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Dato kjent</source>
        <translation>Date known</translation>
    </message>
    <message>
        <source>&amp;Avsluttet</source>
        <translation>&amp;Ended</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>T&amp;ider</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>For eksempel «I åpningstiden» eller «Torsdager kl. 11»</source>
        <translation>For example «During opening hours» or «Thursdays at 11»</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Samarbeidspartner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Tider</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Ended</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Søk i tjenester…</source>
        <translation>Search services…</translation>
    </message>
    <message>
        <source>Søk i tjenester</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Bare &amp;aktive</source>
        <translation>&amp;Active only</translation>
    </message>
    <message>
        <source>Tjenester</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>&amp;Ny tjeneste</source>
        <translation>&amp;New service</translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>A&amp;vslutt</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Tjenester utover dagligvarer</source>
        <translation>Services beyond groceries</translation>
    </message>
    <message>
        <source>%1 aktive av %2 registrerte tjenester</source>
        <translation>%1 active of %2 recorded services</translation>
    </message>
    <message>
        <source>Tjenesten er lagt til.</source>
        <translation>The service has been added.</translation>
    </message>
    <message>
        <source>Tjenesten er endret.</source>
        <translation>The service has been changed.</translation>
    </message>
    <message>
        <source>Tjenesten er avsluttet i dag.</source>
        <translation>The service has been ended today.</translation>
    </message>
    <message>
        <source>Slette tjenesten «%1»?</source>
        <translation>Delete the service «%1»?</translation>
    </message>
    <message>
        <source>Tjenesten er slettet.</source>
        <translation>The service has been deleted.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Kan ikke åpne databasen</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Sikkerhetskopi tatt: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>Kunne ikke gjenopprette</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Gjenopprettet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er gjenopprettet. Databasen slik den var, er tatt vare på i %1.</source>
        <translation>The backup has been restored. The database as it was has been kept in %1.</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <source>Sertifikat (*.pem *.crt *.cer *.der);;Alle filer (*)</source>
        <translation>Certificate (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Erstatte signeringsidentiteten?</source>
        <translation>Replace the signing identity?</translation>
    </message>
    <message>
        <source>Det finnes allerede en signeringsidentitet for %1. Den gamle nøkkelen og sertifikatet blir erstattet og kan ikke brukes igjen. Fortsette?</source>
        <translation>There is already a signing identity for %1. The old key and certificate will be replaced and cannot be used again. Continue?</translation>
    </message>
    <message>
        <source>Signeringsidentiteten er opprettet.</source>
        <translation>The signing identity has been created.</translation>
    </message>
    <message>
        <source>Lager signeringsnøkkel (RSA-3072) …</source>
        <translation>Making signing key (RSA-3072) …</translation>
    </message>
    <message>
        <source>Sertifikatforespørsel</source>
        <translation>Certificate request</translation>
    </message>
    <message>
        <source>Forespørselen signeres med nøkkelen din. Skriv passordet for signeringsnøkkelen:</source>
        <translation>The request is signed with your key. Enter the passphrase for the signing key:</translation>
    </message>
    <message>
        <source>Lagre sertifikatforespørsel</source>
        <translation>Save certificate request</translation>
    </message>
    <message>
        <source>Sertifikatforespørsel (*.csr)</source>
        <translation>Certificate request (*.csr)</translation>
    </message>
    <message>
        <source>Sertifikatforespørselen er lagret.</source>
        <translation>The certificate request has been saved.</translation>
    </message>
    <message>
        <source>Sertifikatforespørsel lagret</source>
        <translation>Certificate request saved</translation>
    </message>
    <message>
        <source>Forespørselen er lagret i «%1».

Send filen til fylkeskommunen på e-post eller minnepinne. Den inneholder ingen hemmeligheter. Du får tilbake en sertifikatfil som du importerer her.</source>
        <translation>The request has been saved in «%1».

Send the file to the county by e-mail or USB stick. It contains no secrets. You will get back a certificate file that you import here.</translation>
    </message>
    <message>
        <source>Lager sertifikatforespørsel …</source>
        <translation>Making certificate request …</translation>
    </message>
    <message>
        <source>Velg sertifikatet fra fylkeskommunen</source>
        <translation>Choose the certificate from the county</translation>
    </message>
    <message>
        <source>CA-sertifikat mangler</source>
        <translation>CA certificate missing</translation>
    </message>
    <message>
        <source>Filen inneholder ikke fylkets CA-sertifikat (ca.pem). Vil du velge den filen nå?</source>
        <translation>The file does not contain the county&apos;s CA certificate (ca.pem). Do you want to choose that file now?</translation>
    </message>
    <message>
        <source>Velg fylkets CA-sertifikat</source>
        <translation>Choose the county&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Sertifikatet fra fylkeskommunen er tatt i bruk, gyldig til %1.</source>
        <translation>The certificate from the county is now in use, valid until %1.</translation>
    </message>
    <message>
        <source>Velg virksomhetssertifikatet</source>
        <translation>Choose the enterprise certificate</translation>
    </message>
    <message>
        <source>Virksomhetssertifikat (*.p12 *.pfx);;Alle filer (*)</source>
        <translation>Enterprise certificate (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Virksomhetssertifikatet er tatt i bruk.</source>
        <translation>The enterprise certificate is now in use.</translation>
    </message>
    <message>
        <source>Leser virksomhetssertifikatet …</source>
        <translation>Reading the enterprise certificate …</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <source>Åpner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
</context>
<context>
    <name>StoreProfilePage</name>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Organisasjonsnummer</source>
        <translation>&amp;Organisation number</translation>
    </message>
    <message>
        <source>9 siffer, for eksempel 974 760 673</source>
        <translation>9 digits, for example 974 760 673</translation>
    </message>
    <message>
        <source>&amp;Kommune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Skriv kommunenavnet eller kommunenummeret for å velge</source>
        <translation>Type the municipality name or number to choose it</translation>
    </message>
    <message>
        <source>&amp;Kjede</source>
        <translation>&amp;Chain</translation>
    </message>
    <message>
        <source>For eksempel Joker, Coop, Nærbutikken</source>
        <translation>For example Joker, Coop, Nærbutikken</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Post&amp;nummer</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>Posts&amp;ted</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <source>Kontakt&amp;person</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-post</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Åpnings&amp;tider</source>
        <translation>Opening &amp;hours</translation>
    </message>
    <message>
        <source>For eksempel: Man–fre 9–20, lør 9–18, søn 12–18</source>
        <translation>For example: Mon–Fri 9–20, Sat 9–18, Sun 12–18</translation>
    </message>
    <message numerus="yes">
        <source>Klasse %n</source>
        <translation>
            <numerusform>Class %n</numerusform>
            <numerusform>Class %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sentralitetsklasse</source>
        <translation>Ce&amp;ntrality class</translation>
    </message>
    <message>
        <source>SSBs sentralitetsindeks: 1 er mest sentral, 6 minst sentral</source>
        <translation>Statistics Norway&apos;s centrality index: 1 is most central, 6 least central</translation>
    </message>
    <message>
        <source>&amp;Merkur</source>
        <translation>&amp;Merkur</translation>
    </message>
    <message>
        <source>Deltar i Merkur-programmet</source>
        <translation>Takes part in the Merkur programme</translation>
    </message>
    <message>
        <source>Merkur &amp;fra</source>
        <translation>Merkur &amp;since</translation>
    </message>
    <message>
        <source>Dato kjent</source>
        <translation>Date known</translation>
    </message>
    <message>
        <source>N&amp;otater</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Angre endringer</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Butikk</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Ingen butikk valgt</source>
        <translation>No store chosen</translation>
    </message>
    <message>
        <source>Butikkprofil – %1</source>
        <translation>Store profile – %1</translation>
    </message>
    <message>
        <source>Ikke lagret: rett feltene som er merket.</source>
        <translation>Not saved: correct the marked fields.</translation>
    </message>
    <message>
        <source>Butikkprofilen er lagret.</source>
        <translation>The store profile has been saved.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Slettede poster</source>
        <translation>Deleted items</translation>
    </message>
    <message>
        <source>Slettet i «%1». Velg det du vil ha tilbake.</source>
        <translation>Deleted in «%1». Choose what you want back.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Ingen slettede poster for denne butikken.</source>
        <translation>Nothing has been deleted in this store.</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett valgte</source>
        <translation>&amp;Restore selected</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Kunne ikke fullføre</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Kontroller signert PDF</source>
        <translation>Check signed PDF</translation>
    </message>
    <message>
        <source>Velg en PDF, eller dra filen hit</source>
        <translation>Choose a PDF, or drag the file here</translation>
    </message>
    <message>
        <source>&amp;Velg PDF…</source>
        <translation>&amp;Choose PDF…</translation>
    </message>
    <message>
        <source>Ingen – da kan ikke underskriveren bekreftes</source>
        <translation>None – then the signer cannot be confirmed</translation>
    </message>
    <message>
        <source>Velg &amp;CA…</source>
        <translation>Choose &amp;CA…</translation>
    </message>
    <message>
        <source>&amp;Fjern</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Kontroller</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>&amp;PDF-fil:</source>
        <translation>&amp;PDF file:</translation>
    </message>
    <message>
        <source>Betrodd CA-&amp;sertifikat (valgfritt):</source>
        <translation>Trusted CA &amp;certificate (optional):</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Signert av:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Tidspunkt:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Sertifikatkjede:</source>
        <translation>Certificate chain:</translation>
    </message>
    <message>
        <source>Kontroller</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Innholdet i data.json</source>
        <translation>Contents of data.json</translation>
    </message>
    <message>
        <source>K&amp;ontroller</source>
        <translation>Chec&amp;ks</translation>
    </message>
    <message>
        <source>&amp;Data i filen (data.json)</source>
        <translation>&amp;Data in the file (data.json)</translation>
    </message>
    <message>
        <source>Kontroller PDF</source>
        <translation>Check PDF</translation>
    </message>
    <message>
        <source>Velg signert PDF</source>
        <translation>Choose signed PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Alle filer (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Velg fylkets CA-sertifikat</source>
        <translation>Choose the county&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Sertifikat (*.pem *.crt *.cer *.der);;Alle filer (*)</source>
        <translation>Certificate (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Kontrollerer signaturen …</source>
        <translation>Checking the signature …</translation>
    </message>
    <message>
        <source>Kontrollert: %1</source>
        <translation>Checked: %1</translation>
    </message>
    <message>
        <source>Ingen fil kontrollert ennå</source>
        <translation>No file checked yet</translation>
    </message>
    <message>
        <source>Velg en signert PDF fra Bygdeliv Desktop. Velg også fylkets CA-sertifikat for å bekrefte hvem som signerte.</source>
        <translation>Choose a signed PDF from Bygdeliv Desktop. Also choose the county&apos;s CA certificate to confirm who signed.</translation>
    </message>
    <message>
        <source>✔ GYLDIG</source>
        <translation>✔ VALID</translation>
    </message>
    <message>
        <source>Filen er uendret siden den ble signert, og underskriveren er bekreftet av CA-en du valgte.</source>
        <translation>The file is unchanged since it was signed, and the signer is confirmed by the CA you chose.</translation>
    </message>
    <message>
        <source>⚠ Intakt, men sertifikatet er ikke gyldig nå</source>
        <translation>⚠ Intact, but the certificate is not valid now</translation>
    </message>
    <message>
        <source>Filen er uendret, men sertifikatet til %1 er utløpt (gyldig til %2), så signaturen kan ikke bekreftes.</source>
        <translation>The file is unchanged, but the certificate of %1 has expired (valid until %2), so the signature cannot be confirmed.</translation>
    </message>
    <message>
        <source>Filen er uendret, men sertifikatet til %1 er ennå ikke gyldig (gyldig fra %2), så signaturen kan ikke bekreftes.</source>
        <translation>The file is unchanged, but the certificate of %1 is not yet valid (valid from %2), so the signature cannot be confirmed.</translation>
    </message>
    <message>
        <source>⚠ Intakt, men ukjent underskriver</source>
        <translation>⚠ Intact, but unknown signer</translation>
    </message>
    <message>
        <source>Filen er uendret siden den ble signert, men underskriveren er ikke utstedt av CA-en du valgte (et sertifikat fra en annen CA, også med samme navn, godtas ikke).</source>
        <translation>The file is unchanged since it was signed, but the signer was not issued by the CA you chose (a certificate from another CA, even one with the same name, is not accepted).</translation>
    </message>
    <message>
        <source>Filen er uendret siden den ble signert, men det er ikke bekreftet hvem som signerte. Velg fylkets CA-sertifikat, eller be butikken om å importere sertifikatet fra fylket.</source>
        <translation>The file is unchanged since it was signed, but it is not confirmed who signed it. Choose the county&apos;s CA certificate, or ask the store to import the certificate from the county.</translation>
    </message>
    <message>
        <source>✘ IKKE GYLDIG</source>
        <translation>✘ NOT VALID</translation>
    </message>
    <message>
        <source>Filen kan ikke stoles på. Se kontrollene som feilet nedenfor.</source>
        <translation>The file cannot be trusted. See the failed checks below.</translation>
    </message>
    <message>
        <source>, org.nr. %1</source>
        <translation>, org. no. %1</translation>
    </message>
    <message>
        <source>; godkjent av %1</source>
        <translation>; approved by %1</translation>
    </message>
    <message>
        <source> (oppgitt av underskriveren)</source>
        <translation> (as stated by the signer)</translation>
    </message>
    <message>
        <source> – ingen utsteder fulgte med (selvutstedt)</source>
        <translation> – no issuer included (self-signed)</translation>
    </message>
    <message>
        <source> ← utstedt av </source>
        <translation> ← issued by </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Velkommen til Bygdeliv Desktop</source>
        <translation>Welcome to Bygdeliv Desktop</translation>
    </message>
    <message>
        <source>Velkommen!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>Her fører butikken tjenester og møteplassaktiviteter, gjør egenvurdering mot kriteriene for bygdelivsbutikker og lager et signert sammendrag til fylket. Alt ligger på denne maskinen; ingenting sendes over nettet.

Hvordan vil du begynne?</source>
        <translation>Here the store keeps its services and meeting-place activities, assesses itself against the criteria for village-life stores and makes a signed summary for the county. Everything stays on this computer; nothing is sent over the network.

How do you want to start?</translation>
    </message>
    <message>
        <source>&amp;Opprett butikken</source>
        <translation>&amp;Create the store</translation>
    </message>
    <message>
        <source>Skriv inn navnet nå og fyll ut profilen etterpå.</source>
        <translation>Enter the name now and fill in the profile afterwards.</translation>
    </message>
    <message>
        <source>&amp;Importer fil fra konsulenten</source>
        <translation>&amp;Import a file from the consultant</translation>
    </message>
    <message>
        <source>Les inn en utvekslingsfil (.bygdeliv) fra minnepinne eller e-post.</source>
        <translation>Read an exchange file (.bygdeliv) from a USB stick or e-mail.</translation>
    </message>
    <message>
        <source>&amp;Senere</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>&amp;Ja</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;Nei</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Forkast endringene</source>
        <translation>&amp;Discard the changes</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>assessment_text</name>
    <message>
        <source>Kjøpmann</source>
        <translation>Shopkeeper</translation>
    </message>
    <message>
        <source>Konsulent</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Utgangspunkt</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>I gang</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Ferdig</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Avlyst</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>ikke besvart</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>ingen poeng mulig (ikke aktuelt)</source>
        <translation>no points possible (not applicable)</translation>
    </message>
    <message>
        <source>%1 av %2 poeng (%3 %)</source>
        <translation>%1 of %2 points (%3 %)</translation>
    </message>
    <message>
        <source>Besvart %1 av %2</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>Klar for sertifisering</source>
        <translation>Ready for certification</translation>
    </message>
    <message>
        <source>Ikke klar for sertifisering ennå</source>
        <translation>Not ready for certification yet</translation>
    </message>
    <message>
        <source>%1 kriterier er ikke besvart.</source>
        <translation>%1 criteria are not answered.</translation>
    </message>
    <message>
        <source>Det obligatoriske kriteriet %1 er satt til «ikke aktuelt», men kan ikke utelates.</source>
        <translation>The mandatory criterion %1 is set to «not applicable», but cannot be left out.</translation>
    </message>
    <message>
        <source>Det obligatoriske kriteriet %1 er «%2», men må være oppfylt.</source>
        <translation>The mandatory criterion %1 is «%2», but must be met.</translation>
    </message>
    <message>
        <source>%1 har %2 %, men krever minst %3 %.</source>
        <translation>%1 has %2 %, but requires at least %3 %.</translation>
    </message>
    <message>
        <source>Ingen kriterier er aktuelle, så det er ingenting å vurdere.</source>
        <translation>No criteria apply, so there is nothing to assess.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Et offline program for bygdelivsbutikker (Innlandet fylkeskommune og Distriktssenteret, Merkur-programmet).</source>
        <translation>An offline program for village-life stores (Innlandet County Council and Distriktssenteret, the Merkur programme).</translation>
    </message>
    <message>
        <source>Biblioteker</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>Skrift</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>&amp;Om Bygdeliv Desktop</source>
        <translation>&amp;About Bygdeliv Desktop</translation>
    </message>
    <message>
        <source>Om Bygdeliv Desktop</source>
        <translation>About Bygdeliv Desktop</translation>
    </message>
</context>
<context>
    <name>json_tree</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Må fylles ut.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Ugyldig organisasjonsnummer: det skal være 9 siffer med riktig kontrollsiffer (MOD11).</source>
        <translation>Invalid organisation number: it must be 9 digits with a correct check digit (MOD11).</translation>
    </message>
    <message>
        <source>Ukjent kommune: {code}.</source>
        <translation>Unknown municipality: {code}.</translation>
    </message>
    <message>
        <source>Postnummeret skal være 4 siffer.</source>
        <translation>The postcode must be 4 digits.</translation>
    </message>
    <message>
        <source>Ugyldig telefonnummer: 8–15 siffer, gjerne med +47 foran.</source>
        <translation>Invalid phone number: 8–15 digits, optionally with +47 in front.</translation>
    </message>
    <message>
        <source>Ugyldig e-postadresse.</source>
        <translation>Invalid e-mail address.</translation>
    </message>
    <message>
        <source>Sentralitetsklassen må være fra 1 til 6.</source>
        <translation>The centrality class must be from 1 to 6.</translation>
    </message>
    <message>
        <source>Datoen kan ikke være fram i tid.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>Sluttdatoen kan ikke være før startdatoen.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>For lang tekst: høyst {max} tegn.</source>
        <translation>Text too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Kan ikke være negativt.</source>
        <translation>Cannot be negative.</translation>
    </message>
    <message>
        <source>For stort tall: høyst {max}.</source>
        <translation>Number too large: at most {max}.</translation>
    </message>
    <message>
        <source>Skriv et helt tall, for eksempel 12.</source>
        <translation>Enter a whole number, for example 12.</translation>
    </message>
    <message>
        <source>Ukjent type: {code}.</source>
        <translation>Unknown kind: {code}.</translation>
    </message>
    <message>
        <source>Ugyldig tekst.</source>
        <translation>Invalid text.</translation>
    </message>
    <message>
        <source>Feltet kan bare ha én linje: fjern linjeskift og tabulatorer.</source>
        <translation>This field takes one line only: remove line breaks and tabs.</translation>
    </message>
    <message>
        <source>Teksten har usynlige styretegn eller retningstegn ({chars}), ofte med fra kopiering. Fjern dem og prøv igjen.</source>
        <translation>The text contains invisible control or direction characters ({chars}), often from copying. Remove them and try again.</translation>
    </message>
    <message>
        <source>Teksten har tegn som ikke kan skrives ut i PDF-rapporten: {chars}. Bruk andre tegn.</source>
        <translation>The text contains characters the PDF report cannot print: {chars}. Please use other characters.</translation>
    </message>
    <message>
        <source>Datoen må være mellom {min} og {max}.</source>
        <translation>The date must be between {min} and {max}.</translation>
    </message>
    <message>
        <source>Ugyldig tidspunkt.</source>
        <translation>Invalid time.</translation>
    </message>
    <message>
        <source>Passordet har tegn som ikke kan brukes. Skriv det på nytt.</source>
        <translation>The passphrase contains characters that cannot be used. Type it again.</translation>
    </message>
    <message>
        <source>Posten finnes ikke lenger. Den kan være slettet.</source>
        <translation>The record no longer exists. It may have been deleted.</translation>
    </message>
    <message>
        <source>Filen «{path}» er ikke en Bygdeliv-database. Filen er ikke endret.</source>
        <translation>The file «{path}» is not a Bygdeliv database. The file has not been changed.</translation>
    </message>
    <message>
        <source>Databasen «{path}» er laget av en nyere versjon av Bygdeliv Desktop (skjema {revision}). Oppdater programmet for å åpne den. Filen er ikke endret.</source>
        <translation>The database «{path}» was made by a newer version of Bygdeliv Desktop (schema {revision}). Update the program to open it. The file has not been changed.</translation>
    </message>
    <message>
        <source>Databasen «{path}» er låst av et annet program. Prøv igjen senere.</source>
        <translation>The database «{path}» is locked by another program. Try again later.</translation>
    </message>
    <message>
        <source>En datafil i programmet er ugyldig: {detail}</source>
        <translation>A data file in the program is invalid: {detail}</translation>
    </message>
    <message>
        <source>Databasen «{path}» er skadet. Ingenting er endret eller slettet.</source>
        <translation>The database «{path}» is damaged. Nothing has been changed or deleted.</translation>
    </message>
    <message>
        <source>Disken er full. Endringen ble ikke lagret, men den står fortsatt i skjemaet. Frigjør plass og prøv igjen.</source>
        <translation>The disk is full. The change was not saved, but it is still in the form. Free some space and try again.</translation>
    </message>
    <message>
        <source>Databasen kan ikke skrives til (skrivebeskyttet). Endringen ble ikke lagret, men den står fortsatt i skjemaet.</source>
        <translation>The database cannot be written to (read-only). The change was not saved, but it is still in the form.</translation>
    </message>
    <message>
        <source>Kunne ikke skrive til disken ({detail}). Endringen ble ikke lagret, men den står fortsatt i skjemaet.</source>
        <translation>Could not write to the disk ({detail}). The change was not saved, but it is still in the form.</translation>
    </message>
    <message>
        <source>Kunne ikke ta sikkerhetskopi: {detail}</source>
        <translation>Could not make a backup: {detail}</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er skadet og kan ikke brukes. Databasen er ikke endret.</source>
        <translation>The backup is damaged and cannot be used. The database has not been changed.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien mangler vedlegg ({detail}). Databasen er ikke endret.</source>
        <translation>The backup is missing attachments ({detail}). The database has not been changed.</translation>
    </message>
    <message>
        <source>Databasen kan ikke ligge på en nettverksdisk ({kind}): «{path}». Velg en mappe på denne maskinen med --data-dir.</source>
        <translation>The database cannot be on a network drive ({kind}): «{path}». Choose a folder on this computer with --data-dir.</translation>
    </message>
    <message>
        <source>Databasen kan ikke ligge i en mappe som synkroniseres av {provider}: «{path}». Synkronisering kan ødelegge filen. Velg en annen mappe med --data-dir.</source>
        <translation>The database cannot be in a folder synchronised by {provider}: «{path}». Synchronisation can corrupt the file. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>Mappen «{path}» er skrivebeskyttet. Velg en mappe du kan skrive i med --data-dir.</source>
        <translation>The folder «{path}» is read-only. Choose a folder you can write to with --data-dir.</translation>
    </message>
    <message>
        <source>Bygdeliv Desktop er allerede åpen med denne databasen. Bruk vinduet som er åpent.</source>
        <translation>Bygdeliv Desktop is already open with this database. Use the window that is open.</translation>
    </message>
    <message>
        <source>Kunne ikke låse databasen for bruk ({detail}).</source>
        <translation>Could not lock the database for use ({detail}).</translation>
    </message>
    <message>
        <source>Passordet må ha minst {min} tegn.</source>
        <translation>The passphrase must have at least {min} characters.</translation>
    </message>
    <message>
        <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
        <translation>The passphrases do not match. Enter the same passphrase twice.</translation>
    </message>
    <message>
        <source>Avbrutt. Ingenting er skrevet.</source>
        <translation>Cancelled. Nothing has been written.</translation>
    </message>
    <message>
        <source>Kan ikke lese filen «{path}»: {reason}</source>
        <translation>Cannot read the file «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Kan ikke skrive filen «{path}»: {reason}. Velg en annen mappe.</source>
        <translation>Cannot write the file «{path}»: {reason}. Choose another folder.</translation>
    </message>
    <message>
        <source>Signeringen kunne ikke gjennomføres: {detail}</source>
        <translation>The signing could not be completed: {detail}</translation>
    </message>
    <message>
        <source>Det finnes ingen signeringsidentitet ennå. Opprett en først.</source>
        <translation>There is no signing identity yet. Create one first.</translation>
    </message>
    <message>
        <source>Det finnes allerede en signeringsidentitet. Den blir ikke overskrevet.</source>
        <translation>There is already a signing identity. It will not be overwritten.</translation>
    </message>
    <message>
        <source>Feil passord. Ingenting er skrevet eller endret.</source>
        <translation>Wrong passphrase. Nothing has been written or changed.</translation>
    </message>
    <message>
        <source>Passordet er for kort: det må ha minst 8 tegn.</source>
        <translation>The passphrase is too short: it must have at least 8 characters.</translation>
    </message>
    <message>
        <source>Sertifikatet hører ikke til denne signeringsnøkkelen. Kontroller at fylket har laget det fra din sertifikatforespørsel.</source>
        <translation>The certificate does not belong to this signing key. Check that the county made it from your certificate request.</translation>
    </message>
    <message>
        <source>Sertifikatet er utløpt eller ennå ikke gyldig (gyldig til {not_after}). Be om et nytt.</source>
        <translation>The certificate has expired or is not valid yet (valid until {not_after}). Ask for a new one.</translation>
    </message>
    <message>
        <source>Sertifikatfilen kan ikke brukes: {detail}</source>
        <translation>The certificate file cannot be used: {detail}</translation>
    </message>
    <message>
        <source>Filen er ikke et sertifikat programmet kan lese (PEM eller DER).</source>
        <translation>The file is not a certificate the program can read (PEM or DER).</translation>
    </message>
    <message>
        <source>Filen mangler fylkets CA-sertifikat, som sertifikatet er utstedt av.</source>
        <translation>The file lacks the county&apos;s CA certificate, which issued the certificate.</translation>
    </message>
    <message>
        <source>Sertifikatet bruker ikke en RSA-nøkkel og kan ikke brukes til PDF/A-signering.</source>
        <translation>The certificate does not use an RSA key and cannot be used for PDF/A signing.</translation>
    </message>
    <message>
        <source>Nøkkelen i sertifikatet er for svak.</source>
        <translation>The key in the certificate is too weak.</translation>
    </message>
    <message>
        <source>Filen mangler nøkkel eller sertifikat.</source>
        <translation>The file lacks a key or a certificate.</translation>
    </message>
    <message>
        <source>Sammendraget kunne ikke lages: {detail}. Ingen fil er skrevet.</source>
        <translation>The summary could not be made: {detail}. No file has been written.</translation>
    </message>
    <message>
        <source>Ugyldig dato.</source>
        <translation>Invalid date.</translation>
    </message>
    <message>
        <source>Svaret passer ikke med skalaen for kriteriet {criterion} (0 til {max}).</source>
        <translation>The answer does not fit the scale of criterion {criterion} (0 to {max}).</translation>
    </message>
    <message>
        <source>Kriteriekatalogen «{file}» har versjon {version}, men en annen katalog med samme versjon er importert fra før. Ingenting er endret.</source>
        <translation>The criteria catalogue «{file}» has version {version}, but another catalogue with the same version has been imported before. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Kriteriekatalogen «{file}» (versjon {version}) er eldre enn den som er i bruk (versjon {stored_version}). Ingenting er endret.</source>
        <translation>The criteria catalogue «{file}» (version {version}) is older than the one in use (version {stored_version}). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Egenvurderingen er låst og kan ikke endres. Lag et nytt utkast med «Kopier til nytt utkast».</source>
        <translation>The self-assessment is locked and cannot be changed. Make a new draft with «Copy to new draft».</translation>
    </message>
    <message>
        <source>Egenvurderingen kan ikke låses ennå: {count} kriterier er ikke besvart ({detail}).</source>
        <translation>The self-assessment cannot be locked yet: {count} criteria are not answered ({detail}).</translation>
    </message>
    <message>
        <source>Kunne ikke legge ved filen: {detail}</source>
        <translation>Could not attach the file: {detail}</translation>
    </message>
    <message>
        <source>Filen er for stor til å legges ved ({size} byte; høyst {max} byte).</source>
        <translation>The file is too large to attach ({size} bytes; at most {max} bytes).</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» mangler eller er endret etter at det ble lagt ved.</source>
        <translation>The attachment «{name}» is missing or has changed since it was attached.</translation>
    </message>
    <message>
        <source>Filen kan ikke importeres: {detail}. Ingenting er endret.</source>
        <translation>The file cannot be imported: {detail}. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Filen er ikke en utvekslingsfil fra Bygdeliv, eller den er skadet (avkuttet eller ødelagt). Ingenting er endret.</source>
        <translation>The file is not a Bygdeliv exchange file, or it is damaged (truncated or corrupt). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Filen er større enn det en utvekslingsfil kan være, eller pakker ut til alt for mye data. Den er avvist; ingenting er endret.</source>
        <translation>The file is larger than an exchange file can be, or unpacks to far too much data. It has been refused; nothing has been changed.</translation>
    </message>
    <message>
        <source>Filen inneholder noe en utvekslingsfil ikke skal inneholde ({detail}). Den er avvist; ingenting er endret.</source>
        <translation>The file contains something an exchange file must not contain ({detail}). It has been refused; nothing has been changed.</translation>
    </message>
    <message>
        <source>Innholdet i filen stemmer ikke med innholdslisten: den er endret eller skadet underveis. Ingenting er endret.</source>
        <translation>The contents of the file do not match its list of contents: it was changed or damaged on the way. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Signaturen på filen holder ikke: filen er endret etter at den ble signert. Ingenting er endret.</source>
        <translation>The signature on the file does not hold: the file was changed after it was signed. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Dataene i filen er ikke i orden ({detail}). Ingenting er endret.</source>
        <translation>The data in the file is not in order ({detail}). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Filen er laget av en nyere versjon av Bygdeliv Desktop. Oppdater programmet og prøv igjen. Ingenting er endret.</source>
        <translation>The file was made by a newer version of Bygdeliv Desktop. Update the program and try again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Filen viser til data som verken finnes i filen eller her ({detail}). Ingenting er endret.</source>
        <translation>The file refers to data that is neither in the file nor here ({detail}). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Dataene i filen (data.json) er større enn grensen på {limit_mb} MB for en utvekslingsfil. Den er avvist; ingenting er endret.</source>
        <translation>The data in the file (data.json) is larger than the {limit_mb} MB limit for an exchange file. It was refused; nothing was changed.</translation>
    </message>
    <message>
        <source>Filen har andre data foran eller bak utvekslingsfilen (for eksempel en PDF eller et program med en zip-fil inni). Den er avvist; ingenting er endret.</source>
        <translation>The file has other data before or after the exchange file (for example a PDF or a program with a zip file inside). It was refused; nothing was changed.</translation>
    </message>
    <message>
        <source>Innholdslisten i filen (manifest.json) stemmer ikke med dataene ({detail}). Den er avvist; ingenting er endret.</source>
        <translation>The file&apos;s table of contents (manifest.json) does not match the data ({detail}). It was refused; nothing was changed.</translation>
    </message>
    <message>
        <source>Filen har poster som hører til en butikk som ikke er med i filen ({detail}). Den er avvist; ingenting er endret.</source>
        <translation>The file has records that belong to a store not in the file ({detail}). It was refused; nothing was changed.</translation>
    </message>
    <message>
        <source>Sammendraget kan ikke brukes: signaturkontrollen feilet ({reason}).</source>
        <translation>The summary cannot be used: the signature check failed ({reason}).</translation>
    </message>
    <message>
        <source>Ugyldig verdi.</source>
        <translation>Invalid value.</translation>
    </message>
    <message>
        <source>Noe gikk galt: {detail}</source>
        <translation>Something went wrong: {detail}</translation>
    </message>
    <message>
        <source>Kriteriekatalogen «{file}» kan ikke brukes: {detail}. Ingenting er endret.</source>
        <translation>The criteria catalogue «{file}» cannot be used: {detail}. Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Kunne ikke fullføre</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>Uventet feil: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>Filen kan leses som PDF</source>
        <translation>The file can be read as PDF</translation>
    </message>
    <message>
        <source>Filen har en signatur</source>
        <translation>The file has a signature</translation>
    </message>
    <message>
        <source>Signaturen er en sertifiseringssignatur</source>
        <translation>The signature is a certification signature</translation>
    </message>
    <message>
        <source>Innholdet er uendret siden signering</source>
        <translation>The content is unchanged since signing</translation>
    </message>
    <message>
        <source>Signaturen stemmer med sertifikatet</source>
        <translation>The signature matches the certificate</translation>
    </message>
    <message>
        <source>Hele filen er dekket av signaturen</source>
        <translation>The whole file is covered by the signature</translation>
    </message>
    <message>
        <source>Ingen ulovlige endringer etter signering</source>
        <translation>No disallowed changes after signing</translation>
    </message>
    <message>
        <source>Sertifikatet er gyldig nå (ikke utløpt)</source>
        <translation>The certificate is valid now (not expired)</translation>
    </message>
    <message>
        <source>Underskriveren er bekreftet av en betrodd CA</source>
        <translation>The signer is confirmed by a trusted CA</translation>
    </message>
    <message>
        <source>data.json ligger i den signerte versjonen</source>
        <translation>data.json is in the signed version</translation>
    </message>
    <message>
        <source>data.json kan leses og har kjent format</source>
        <translation>data.json can be read and has a known format</translation>
    </message>
    <message>
        <source>data.json har et gyldig organisasjonsnummer</source>
        <translation>data.json has a valid organisation number</translation>
    </message>
    <message>
        <source>Organisasjonsnummeret i data.json er det samme som i sertifikatet</source>
        <translation>The organisation number in data.json is the same as in the certificate</translation>
    </message>
    <message>
        <source>Filen er ikke en lesbar PDF.</source>
        <translation>The file is not a readable PDF.</translation>
    </message>
    <message>
        <source>Filen er ikke signert.</source>
        <translation>The file is not signed.</translation>
    </message>
    <message>
        <source>Signaturen er en vanlig signatur, ikke en sertifisering.</source>
        <translation>The signature is an ordinary signature, not a certification.</translation>
    </message>
    <message>
        <source>Innholdet er endret etter at det ble signert.</source>
        <translation>The content was changed after it was signed.</translation>
    </message>
    <message>
        <source>Signaturen kan ikke bekreftes: filen er endret eller skadet.</source>
        <translation>The signature cannot be confirmed: the file is changed or damaged.</translation>
    </message>
    <message>
        <source>Noe er lagt til i filen etter signeringen.</source>
        <translation>Something was added to the file after signing.</translation>
    </message>
    <message>
        <source>Filen er endret etter signering på en måte som ikke er tillatt.</source>
        <translation>The file was changed after signing in a way that is not allowed.</translation>
    </message>
    <message>
        <source>Sertifikatet er ikke utstedt av CA-en du valgte.</source>
        <translation>The certificate was not issued by the CA you chose.</translation>
    </message>
    <message>
        <source>Ingen betrodd CA er valgt, så det er ikke bekreftet hvem som signerte.</source>
        <translation>No trusted CA is chosen, so it is not confirmed who signed.</translation>
    </message>
    <message>
        <source>data.json mangler i den signerte versjonen.</source>
        <translation>data.json is missing in the signed version.</translation>
    </message>
    <message>
        <source>data.json kan ikke leses eller har ukjent format.</source>
        <translation>data.json cannot be read or has an unknown format.</translation>
    </message>
    <message>
        <source>Sertifikatet er ennå ikke gyldig.</source>
        <translation>The certificate is not yet valid.</translation>
    </message>
    <message>
        <source>Sertifikatet er utløpt, så signaturen kan ikke bekreftes.</source>
        <translation>The certificate has expired, so the signature cannot be confirmed.</translation>
    </message>
    <message>
        <source>data.json mangler et gyldig organisasjonsnummer, så det er uklart hvem sammendraget gjelder.</source>
        <translation>data.json lacks a valid organisation number, so it is unclear whom the summary is about.</translation>
    </message>
    <message>
        <source>Organisasjonsnummeret i data.json er ikke signererens: sammendraget er signert av en annen virksomhet.</source>
        <translation>The organisation number in data.json is not the signer&apos;s: the summary was signed by another organisation.</translation>
    </message>
</context>
</TS>
