<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn" sourcelanguage="nb_NO">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Endre tiltak</source>
        <translation>Endre tiltak</translation>
    </message>
    <message>
        <source>Nytt tiltak</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>&amp;Tiltak</source>
        <translation>&amp;Tiltak</translation>
    </message>
    <message>
        <source>&amp;Beskrivelse</source>
        <translation>&amp;Skildring</translation>
    </message>
    <message>
        <source>&amp;Kriterier</source>
        <translation>&amp;Kriterium</translation>
    </message>
    <message>
        <source>Kriteriene tiltaket skal oppfylle, for eksempel «M3, V1»</source>
        <translation>Kriteria tiltaket skal oppfylle, til dømes «M3, V1»</translation>
    </message>
    <message>
        <source>for eksempel M3, V1</source>
        <translation>til dømes M3, V1</translation>
    </message>
    <message>
        <source>&amp;Ansvarlig</source>
        <translation>&amp;Ansvarleg</translation>
    </message>
    <message>
        <source>&amp;Frist</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>Har frist</source>
        <translation>Har frist</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Anslått &amp;kostnad (kr)</source>
        <translation>Overslag over &amp;kostnad (kr)</translation>
    </message>
    <message>
        <source>(ikke valgt)</source>
        <translation>(ikkje vald)</translation>
    </message>
    <message>
        <source>Fi&amp;nansiering</source>
        <translation>Fi&amp;nansiering</translation>
    </message>
    <message>
        <source>Merknad om finansie&amp;ring</source>
        <translation>Merknad om finansie&amp;ring</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Kriterier</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kostnad (kr)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Fristen er passert, og tiltaket er ikke ferdig.</source>
        <translation>Fristen er passert, og tiltaket er ikkje ferdig.</translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation>Forfalle</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Bare &amp;åpne tiltak</source>
        <translation>Berre &amp;opne tiltak</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>&amp;Nytt tiltak…</source>
        <translation>&amp;Nytt tiltak…</translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>Sett s&amp;tatus</source>
        <translation>Set s&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Tiltaksplan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <source>%1 tiltak</source>
        <translation>%1 tiltak</translation>
    </message>
    <message>
        <source>⚠ %1 forfalt</source>
        <translation>⚠ %1 forfalle</translation>
    </message>
    <message>
        <source>Tiltaket er lagt til.</source>
        <translation>Tiltaket er lagt til.</translation>
    </message>
    <message>
        <source>Tiltaket er endret.</source>
        <translation>Tiltaket er endra.</translation>
    </message>
    <message>
        <source>Status er satt til «%1».</source>
        <translation>Status er sett til «%1».</translation>
    </message>
    <message>
        <source>Slette tiltaket «%1»?</source>
        <translation>Slette tiltaket «%1»?</translation>
    </message>
    <message>
        <source>Tiltaket er slettet.</source>
        <translation>Tiltaket er sletta.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Type aktivitet</source>
        <translation>Type aktivitet</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>Alle typar</translation>
    </message>
    <message>
        <source>Søk i tittel, type og partnere…</source>
        <translation>Søk i tittel, type og partnarar…</translation>
    </message>
    <message>
        <source>Søk i aktiviteter</source>
        <translation>Søk i aktivitetar</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Aktivitetar</translation>
    </message>
    <message>
        <source>Totalt per type</source>
        <translation>Totalt per type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Antall</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>&amp;Ny aktivitet</source>
        <translation>&amp;Ny aktivitet</translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>Samme som &amp;forrige uke</source>
        <translation>Same som &amp;førre veke</translation>
    </message>
    <message>
        <source>Lag en kopi av valgt aktivitet sju dager senere</source>
        <translation>Lag ein kopi av vald aktivitet sju dagar seinare</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Møteplassaktiviteter</source>
        <translation>Møteplassaktivitetar</translation>
    </message>
    <message>
        <source>Alle år</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <source>Totalt per type i %1</source>
        <translation>Totalt per type i %1</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>1 aktivitet</source>
        <translation>1 aktivitet</translation>
    </message>
    <message>
        <source>%1 aktiviteter</source>
        <translation>%1 aktivitetar</translation>
    </message>
    <message>
        <source>%1 av %2 aktiviteter vises</source>
        <translation>%1 av %2 aktivitetar vert viste</translation>
    </message>
    <message>
        <source>Aktiviteten er lagt til.</source>
        <translation>Aktiviteten er lagd til.</translation>
    </message>
    <message>
        <source>Aktiviteten er endret.</source>
        <translation>Aktiviteten er endra.</translation>
    </message>
    <message>
        <source>Kopiert til %1.</source>
        <translation>Kopiert til %1.</translation>
    </message>
    <message>
        <source>Slette den valgte aktiviteten?</source>
        <translation>Slette den valde aktiviteten?</translation>
    </message>
    <message>
        <source>Aktiviteten er slettet.</source>
        <translation>Aktiviteten er sletta.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Endre aktivitet</source>
        <translation>Endre aktivitet</translation>
    </message>
    <message>
        <source>Ny aktivitet</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Til &amp;og med</source>
        <translation>Til &amp;og med</translation>
    </message>
    <message>
        <source>Flere dager</source>
        <translation>Fleire dagar</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>T&amp;ittel</source>
        <translation>T&amp;ittel</translation>
    </message>
    <message>
        <source>Deltake&amp;re</source>
        <translation>Deltaka&amp;rar</translation>
    </message>
    <message>
        <source>Omtrent hvor mange som var med</source>
        <translation>Omtrent kor mange som var med</translation>
    </message>
    <message>
        <source>&amp;Målgrupper</source>
        <translation>&amp;Målgrupper</translation>
    </message>
    <message>
        <source>&amp;Samarbeidspartnere</source>
        <translation>&amp;Samarbeidspartnarar</translation>
    </message>
    <message>
        <source>Lag og foreninger, kommune, skole …</source>
        <translation>Lag og foreiningar, kommune, skule …</translation>
    </message>
    <message>
        <source>&amp;Kostnad (kr)</source>
        <translation>&amp;Kostnad (kr)</translation>
    </message>
    <message>
        <source>&amp;Finansiering</source>
        <translation>&amp;Finansiering</translation>
    </message>
    <message>
        <source>For eksempel Bygdeliv-tilskudd, kommunen, egeninnsats</source>
        <translation>Til dømes Bygdeliv-tilskot, kommunen, eigeninnsats</translation>
    </message>
    <message>
        <source>M&amp;erknad</source>
        <translation>M&amp;erknad</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Målgrupper</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Samarbeidspartnere</source>
        <translation>Samarbeidspartnarar</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Ny egenvurdering</source>
        <translation>Ny eigenvurdering</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Vurdert av</source>
        <translation>&amp;Vurdert av</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Navnet på den som gjør vurderingen</source>
        <translation>Namnet på den som gjer vurderinga</translation>
    </message>
    <message>
        <source>&amp;Formål</source>
        <translation>&amp;Føremål</translation>
    </message>
    <message>
        <source>Utgangspunkt (første vurdering) eller oppfølging</source>
        <translation>Utgangspunkt (første vurdering) eller oppfølging</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>&amp;Merknad</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Egenvurderinger</source>
        <translation>Eigenvurderingar</translation>
    </message>
    <message>
        <source>&amp;Ny egenvurdering…</source>
        <translation>&amp;Ny eigenvurdering…</translation>
    </message>
    <message>
        <source>Å&amp;pne</source>
        <translation>O&amp;pne</translation>
    </message>
    <message>
        <source>&amp;Kopier til nytt utkast</source>
        <translation>&amp;Kopier til nytt utkast</translation>
    </message>
    <message>
        <source>Lå&amp;s…</source>
        <translation>Lå&amp;s…</translation>
    </message>
    <message>
        <source>Gjør vurderingen endelig; den kan ikke endres etterpå</source>
        <translation>Gjer vurderinga endeleg; ho kan ikkje endrast etterpå</translation>
    </message>
    <message>
        <source>S&amp;ammenlign…</source>
        <translation>S&amp;amanlikn…</translation>
    </message>
    <message>
        <source>&amp;Importer kriteriekatalog…</source>
        <translation>&amp;Importer kriteriekatalog…</translation>
    </message>
    <message>
        <source>Egenvurdering mot sertifiseringskriteriene</source>
        <translation>Eigenvurdering mot sertifiseringskriteria</translation>
    </message>
    <message>
        <source>Egenvurdering</source>
        <translation>Eigenvurdering</translation>
    </message>
    <message>
        <source>Kriteriekatalog for nye vurderinger: %1, versjon %2%3</source>
        <translation>Kriteriekatalog for nye vurderingar: %1, versjon %2%3</translation>
    </message>
    <message>
        <source> (utkast)</source>
        <translation> (utkast)</translation>
    </message>
    <message>
        <source>1 egenvurdering</source>
        <translation>1 eigenvurdering</translation>
    </message>
    <message>
        <source>%1 egenvurderinger</source>
        <translation>%1 eigenvurderingar</translation>
    </message>
    <message>
        <source>Ny egenvurdering er opprettet.</source>
        <translation>Ny eigenvurdering er oppretta.</translation>
    </message>
    <message>
        <source>Nytt utkast er laget med svarene fra vurderingen.</source>
        <translation>Nytt utkast er laga med svara frå vurderinga.</translation>
    </message>
    <message>
        <source>Låse egenvurderingen? Den kan ikke endres etterpå, men du kan kopiere den til et nytt utkast.</source>
        <translation>Låse eigenvurderinga? Ho kan ikkje endrast etterpå, men du kan kopiere ho til eit nytt utkast.</translation>
    </message>
    <message>
        <source>Egenvurderingen er låst.</source>
        <translation>Eigenvurderinga er låst.</translation>
    </message>
    <message>
        <source>Tiltaket er lagt i tiltaksplanen.</source>
        <translation>Tiltaket er lagt i tiltaksplanen.</translation>
    </message>
    <message>
        <source>Importer kriteriekatalog</source>
        <translation>Importer kriteriekatalog</translation>
    </message>
    <message>
        <source>Kriteriekatalog (*.toml);;Alle filer (*)</source>
        <translation>Kriteriekatalog (*.toml);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Kunne ikke importere</source>
        <translation>Kunne ikkje importere</translation>
    </message>
    <message>
        <source>Katalogen «%1» versjon %2 var importert fra før. Ingenting er endret.</source>
        <translation>Katalogen «%1» versjon %2 var importert frå før. Ingenting er endra.</translation>
    </message>
    <message>
        <source>Katalogen «%1» versjon %2 er importert og brukes for nye vurderinger.</source>
        <translation>Katalogen «%1» versjon %2 er importert og vert brukt for nye vurderingar.</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Vurdert av</source>
        <translation>Vurdert av</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <source>Katalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Svart på</translation>
    </message>
    <message>
        <source>Poeng totalt</source>
        <translation>Poeng totalt</translation>
    </message>
    <message>
        <source>Klar for sertifisering</source>
        <translation>Klar for sertifisering</translation>
    </message>
    <message>
        <source>Et svar er endret etter at vurderingen ble låst, trolig som utkast på en annen maskin før utvekslingsfilene ble lest inn. Kopier vurderingen til et nytt utkast for å gå gjennom svarene.</source>
        <translation>Eit svar er endra etter at vurderinga vart låst, truleg som utkast på ei anna maskin før utvekslingsfilene vart lesne inn. Kopier vurderinga til eit nytt utkast for å gå gjennom svara.</translation>
    </message>
    <message>
        <source>versjon %1</source>
        <translation>versjon %1</translation>
    </message>
    <message>
        <source>Låst – endret etterpå</source>
        <translation>Låst – endra etterpå</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Sikkerheitskopiar</translation>
    </message>
    <message>
        <source>Sikkerhetskopiene ligger i %1. Appen tar en kopi hver dag ved oppstart og før import og oppgradering.</source>
        <translation>Sikkerheitskopiane ligg i %1. Appen tek ein kopi kvar dag ved oppstart og før import og oppgradering.</translation>
    </message>
    <message>
        <source>Tatt</source>
        <translation>Teken</translation>
    </message>
    <message>
        <source>Grunn</source>
        <translation>Grunn</translation>
    </message>
    <message>
        <source>Kontroll</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>&amp;Ta sikkerhetskopi nå</source>
        <translation>&amp;Ta sikkerheitskopi no</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett valgt…</source>
        <translation>&amp;Gjenopprett vald…</translation>
    </message>
    <message>
        <source>Åpne &amp;mappen</source>
        <translation>Opne &amp;mappa</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Skadet – kan ikke brukes</source>
        <translation>Skadd – kan ikkje brukast</translation>
    </message>
    <message>
        <source>Daglig</source>
        <translation>Dagleg</translation>
    </message>
    <message>
        <source>Tatt for hånd</source>
        <translation>Teken for hand</translation>
    </message>
    <message>
        <source>Før import</source>
        <translation>Før import</translation>
    </message>
    <message>
        <source>Før gjenoppretting</source>
        <translation>Før gjenoppretting</translation>
    </message>
    <message>
        <source>Før oppgradering</source>
        <translation>Før oppgradering</translation>
    </message>
    <message>
        <source>Kunne ikke ta sikkerhetskopi</source>
        <translation>Kunne ikkje ta sikkerheitskopi</translation>
    </message>
    <message>
        <source>Gjenopprette sikkerhetskopien fra %1? Endringer gjort etter det forsvinner fra databasen, men databasen slik den er nå, blir tatt vare på som en egen sikkerhetskopi.</source>
        <translation>Gjenopprette sikkerheitskopien frå %1? Endringar gjorde etter det forsvinn frå databasen, men databasen slik han er no, vert teken vare på som ein eigen sikkerheitskopi.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Gjenopprett</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CheckTableModel</name>
    <message>
        <source>Kontroll</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Feilet</source>
        <translation>Feila</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Sammenlign egenvurderinger</source>
        <translation>Samanlikn eigenvurderingar</translation>
    </message>
    <message>
        <source>&amp;Før</source>
        <translation>&amp;Før</translation>
    </message>
    <message>
        <source>&amp;Etter</source>
        <translation>&amp;Etter</translation>
    </message>
    <message>
        <source>Sammenligning</source>
        <translation>Samanlikning</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>↑ Bedre</source>
        <translation>↑ Betre</translation>
    </message>
    <message>
        <source>↓ Dårligere</source>
        <translation>↓ Dårlegare</translation>
    </message>
    <message>
        <source>Uendret</source>
        <translation>Uendra</translation>
    </message>
    <message>
        <source>Bare i før</source>
        <translation>Berre i før</translation>
    </message>
    <message>
        <source>Bare i etter</source>
        <translation>Berre i etter</translation>
    </message>
    <message>
        <source>Endret</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Område / kriterium</source>
        <translation>Område / kriterium</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Før: %1
Etter: %2</source>
        <translation>Før: %1
Etter: %2</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Konflikter</source>
        <translation>Konfliktar</translation>
    </message>
    <message>
        <source>Butikk</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Egenvurdering</source>
        <translation>Eigenvurdering</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Kriteriekatalog</source>
        <translation>Kriteriekatalog</translation>
    </message>
    <message>
        <source>Disse postene ble endret både her og på en annen maskin. Versjonen som vises nå ble valgt automatisk; den andre er tatt vare på. Velg hvilken som skal gjelde.</source>
        <translation>Desse postane vart endra både her og på ei anna maskin. Versjonen som vert vist no, vart vald automatisk; den andre er teken vare på. Vel kva for ein som skal gjelde.</translation>
    </message>
    <message>
        <source>&amp;Poster med konflikt:</source>
        <translation>&amp;Postar med konflikt:</translation>
    </message>
    <message>
        <source>Felt som er ulike</source>
        <translation>Felt som er ulike</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Gjeldende nå</source>
        <translation>Gjeldande no</translation>
    </message>
    <message>
        <source>Den andre versjonen</source>
        <translation>Den andre versjonen</translation>
    </message>
    <message>
        <source>&amp;Behold gjeldende</source>
        <translation>&amp;Behald gjeldande</translation>
    </message>
    <message>
        <source>Bruk &amp;den andre versjonen</source>
        <translation>Bruk &amp;den andre versjonen</translation>
    </message>
    <message>
        <source>Ingen konflikter å løse.</source>
        <translation>Ingen konfliktar å løyse.</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Kunne ikke fullføre</source>
        <translation>Kunne ikkje fullføre</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <source>Fylkesoversikt</source>
        <translation>Fylkesoversikt</translation>
    </message>
    <message>
        <source>For fylket: les inn utvekslingsfiler (.bygdeliv) og signerte sammendrag (PDF) fra mange butikker. Signaturene kontrolleres mot fylkets CA-sertifikat (velg det på siden Kontroller PDF). Tallene lagres i en egen database: %1</source>
        <translation>For fylket: les inn utvekslingsfiler (.bygdeliv) og signerte samandrag (PDF) frå mange butikkar. Signaturane vert kontrollerte mot CA-sertifikatet til fylket (vel det på sida Kontroller PDF). Tala vert lagra i ein eigen database: %1</translation>
    </message>
    <message>
        <source>&amp;Importer mappe…</source>
        <translation>&amp;Importer mappe…</translation>
    </message>
    <message>
        <source>Eksporter &amp;CSV…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <source>Eksporter E&amp;xcel…</source>
        <translation>Eksporter E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Butikk eller kommune</source>
        <translation>Butikk eller kommune</translation>
    </message>
    <message>
        <source>K&amp;ommune:</source>
        <translation>K&amp;ommune:</translation>
    </message>
    <message>
        <source>Fylkesoversikt, én rad per butikk</source>
        <translation>Fylkesoversikt, éi rad per butikk</translation>
    </message>
    <message>
        <source>Alle kommuner</source>
        <translation>Alle kommunar</translation>
    </message>
    <message>
        <source>1 butikk, %2 vist</source>
        <translation>1 butikk, %2 viste</translation>
    </message>
    <message>
        <source>%1 butikker, %2 vist</source>
        <translation>%1 butikkar, %2 viste</translation>
    </message>
    <message>
        <source>Velg mappen med filene</source>
        <translation>Vel mappa med filene</translation>
    </message>
    <message>
        <source>Leser %1 (%2 av %3) …</source>
        <translation>Les %1 (%2 av %3) …</translation>
    </message>
    <message>
        <source>Leser filene …</source>
        <translation>Les filene …</translation>
    </message>
    <message>
        <source>Lest inn: %1. Allerede lest inn før: %2. Avvist: %3.</source>
        <translation>Lese inn: %1. Lese inn før: %2. Avviste: %3.</translation>
    </message>
    <message>
        <source>Fant ingen .bygdeliv- eller PDF-filer i mappen.</source>
        <translation>Fann ingen .bygdeliv- eller PDF-filer i mappa.</translation>
    </message>
    <message>
        <source>… og %1 til.</source>
        <translation>… og %1 til.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>fylkesoversikt</source>
        <translation>fylkesoversikt</translation>
    </message>
    <message>
        <source>Eksporter tabellen</source>
        <translation>Eksporter tabellen</translation>
    </message>
    <message>
        <source>Skrev %1 (%2 rader)</source>
        <translation>Skreiv %1 (%2 rader)</translation>
    </message>
    <message>
        <source>Skriver tabellen …</source>
        <translation>Skriv tabellen …</translation>
    </message>
    <message>
        <source>Eksporter</source>
        <translation>Eksporter</translation>
    </message>
</context>
<context>
    <name>CountyTableModel</name>
    <message>
        <source>Butikk</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Siste vurdering</source>
        <translation>Siste vurdering</translation>
    </message>
    <message>
        <source>Poeng per kategori</source>
        <translation>Poeng per kategori</translation>
    </message>
    <message>
        <source>Poeng totalt</source>
        <translation>Poeng totalt</translation>
    </message>
    <message>
        <source>Klar for sertifisering</source>
        <translation>Klar for sertifisering</translation>
    </message>
    <message>
        <source>Aktiviteter siste 12 mnd</source>
        <translation>Aktivitetar siste 12 mnd.</translation>
    </message>
    <message>
        <source>Tjenester siste 12 mnd</source>
        <translation>Tenester siste 12 mnd.</translation>
    </message>
    <message>
        <source>Åpne tiltak</source>
        <translation>Opne tiltak</translation>
    </message>
    <message>
        <source>Forfalte tiltak</source>
        <translation>Forfalne tiltak</translation>
    </message>
    <message>
        <source>Signatur</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signert av</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Bekreftet (fylkets CA)</source>
        <translation>Stadfesta (CA-en til fylket)</translation>
    </message>
    <message>
        <source>Uendret, avsender ikke bekreftet</source>
        <translation>Uendra, avsendar ikkje stadfesta</translation>
    </message>
    <message>
        <source>Ikke signert</source>
        <translation>Ikkje signert</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source> (utkast)</source>
        <translation> (utkast)</translation>
    </message>
    <message>
        <source>ikke bekreftet</source>
        <translation>ikkje stadfesta</translation>
    </message>
    <message>
        <source>flere bekreftede sammendrag for samme periode</source>
        <translation>fleire stadfesta samandrag for same periode</translation>
    </message>
    <message>
        <source>fil</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>fil + PDF</source>
        <translation>fil + PDF</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Bygdeliv Desktop – uventet feil</source>
        <translation>Bygdeliv Desktop – uventa feil</translation>
    </message>
    <message>
        <source>Det oppstod en feil programmet ikke var forberedt på. Det du allerede har lagret, er trygt. Send gjerne rapporten under til den som gir deg brukerstøtte.</source>
        <translation>Det oppstod ein feil programmet ikkje var budd på. Det du alt har lagra, er trygt. Send gjerne rapporten under til den som gjev deg brukarstøtte.</translation>
    </message>
    <message>
        <source>Loggfil: %1</source>
        <translation>Loggfil: %1</translation>
    </message>
    <message>
        <source>Kopier rapporten</source>
        <translation>Kopier rapporten</translation>
    </message>
    <message>
        <source>Kopiert</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DataFileMenu</name>
    <message>
        <source>Bygdeliv-database (*.sqlite3);;Alle filer (*)</source>
        <translation>Bygdeliv-database (*.sqlite3);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Ny datafil</source>
        <translation>Ny datafil</translation>
    </message>
    <message>
        <source>Åpne datafil</source>
        <translation>Opne datafil</translation>
    </message>
    <message>
        <source>%1 finnes allerede. Velg et nytt navn, eller bruk Åpne datafil.</source>
        <translation>%1 finst alt. Vel eit nytt namn, eller bruk Opne datafil.</translation>
    </message>
    <message>
        <source>Åpne &amp;datafil…</source>
        <translation>Opne &amp;datafil…</translation>
    </message>
    <message>
        <source>N&amp;y datafil…</source>
        <translation>N&amp;y datafil…</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Vedlegg</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Legg &amp;ved fil…</source>
        <translation>Legg &amp;ved fil…</translation>
    </message>
    <message>
        <source>Å&amp;pne vedlegg</source>
        <translation>O&amp;pne vedlegg</translation>
    </message>
    <message>
        <source>Fj&amp;ern vedlegg</source>
        <translation>Fj&amp;ern vedlegg</translation>
    </message>
    <message>
        <source>Legg ved dokumentasjon</source>
        <translation>Legg ved dokumentasjon</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Utvekslingsfil (*%1);;Alle filer (*)</source>
        <translation>Utvekslingsfil (*%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Eksporter</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Det finnes ingen butikker å eksportere ennå.</source>
        <translation>Det finst ingen butikkar å eksportere enno.</translation>
    </message>
    <message>
        <source>butikker</source>
        <translation>butikkar</translation>
    </message>
    <message>
        <source>Lagre utvekslingsfil</source>
        <translation>Lagre utvekslingsfil</translation>
    </message>
    <message>
        <source>Signer utvekslingsfilen</source>
        <translation>Signer utvekslingsfila</translation>
    </message>
    <message>
        <source>Passord for signeringsnøkkelen:</source>
        <translation>Passord for signeringsnøkkelen:</translation>
    </message>
    <message>
        <source>Utvekslingsfilen er lagret:
%1</source>
        <translation>Utvekslingsfila er lagra:
%1</translation>
    </message>
    <message>
        <source>Filen er signert.</source>
        <translation>Fila er signert.</translation>
    </message>
    <message>
        <source>Filen er ikke signert.</source>
        <translation>Fila er ikkje signert.</translation>
    </message>
    <message>
        <source>Disse vedleggene fantes ikke på denne maskinen og er ikke med: %1</source>
        <translation>Desse vedlegga fanst ikkje på denne maskina og er ikkje med: %1</translation>
    </message>
    <message>
        <source>Eksportert</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Skriver utvekslingsfilen …</source>
        <translation>Skriv utvekslingsfila …</translation>
    </message>
    <message>
        <source>Importer utvekslingsfil</source>
        <translation>Importer utvekslingsfil</translation>
    </message>
    <message>
        <source>Kontrollerer filen …</source>
        <translation>Kontrollerer fila …</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi og importerer …</source>
        <translation>Tek sikkerheitskopi og importerer …</translation>
    </message>
    <message>
        <source>Importert: %1 nye, %2 endret, %3 slettet, %4 konflikter.</source>
        <translation>Importert: %1 nye, %2 endra, %3 sletta, %4 konfliktar.</translation>
    </message>
    <message>
        <source>Sikkerhetskopi tatt før importen: %1</source>
        <translation>Sikkerheitskopi teken før importen: %1</translation>
    </message>
    <message>
        <source>Se Fil → Konflikter for å velge versjon.</source>
        <translation>Sjå Fil → Konfliktar for å velje versjon.</translation>
    </message>
    <message>
        <source>Importert</source>
        <translation>Importert</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Eksporter utvekslingsfil</source>
        <translation>Eksporter utvekslingsfil</translation>
    </message>
    <message>
        <source>Velg butikkene som skal med i filen. Filen kan tas med på minnepinne eller sendes som vedlegg, og leses inn med «Importer utvekslingsfil…» på den andre maskinen.</source>
        <translation>Vel butikkane som skal vere med i fila. Fila kan takast med på minnepinne eller sendast som vedlegg, og lesast inn med «Importer utvekslingsfil…» på den andre maskina.</translation>
    </message>
    <message>
        <source>&amp;Butikker:</source>
        <translation>&amp;Butikkar:</translation>
    </message>
    <message>
        <source>Butikker som skal eksporteres</source>
        <translation>Butikkar som skal eksporterast</translation>
    </message>
    <message>
        <source>Velg &amp;alle</source>
        <translation>Vel &amp;alle</translation>
    </message>
    <message>
        <source>Velg &amp;ingen</source>
        <translation>Vel &amp;ingen</translation>
    </message>
    <message>
        <source>&amp;Signer filen med signeringsidentiteten min</source>
        <translation>&amp;Signer fila med signeringsidentiteten min</translation>
    </message>
    <message>
        <source>Lag en signeringsidentitet på siden Rapport for å signere filer.</source>
        <translation>Lag ein signeringsidentitet på sida Rapport for å signere filer.</translation>
    </message>
    <message>
        <source>&amp;Eksporter…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 av %2 butikker valgt.</source>
        <translation>%1 av %2 butikkar valde.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Bruk virksomhetssertifikat</source>
        <translation>Bruk verksemdssertifikat</translation>
    </message>
    <message>
        <source>Opprett signeringsidentitet</source>
        <translation>Opprett signeringsidentitet</translation>
    </message>
    <message>
        <source>Sertifikatet i «%1» tas i bruk. Nøkkelen lagres på denne PC-en, beskyttet med et nytt passord du velger her.</source>
        <translation>Sertifikatet i «%1» vert teke i bruk. Nøkkelen vert lagra på denne PC-en, verna med eit nytt passord du vel her.</translation>
    </message>
    <message>
        <source>Programmet lager en signeringsnøkkel som bare finnes på denne PC-en. Velg et passord du husker: uten det kan du ikke signere, og det kan ikke hentes fram igjen.</source>
        <translation>Programmet lagar ein signeringsnøkkel som berre finst på denne PC-en. Vel eit passord du hugsar: utan det kan du ikkje signere, og det kan ikkje hentast fram att.</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Den som signerer sammendraget</source>
        <translation>Den som signerer samandraget</translation>
    </message>
    <message>
        <source>&amp;Rolle</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>For eksempel daglig leder</source>
        <translation>Til dømes dagleg leiar</translation>
    </message>
    <message>
        <source>&amp;Butikk</source>
        <translation>&amp;Butikk</translation>
    </message>
    <message>
        <source>&amp;Organisasjonsnummer</source>
        <translation>&amp;Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Skrives inn i sertifikatet, så fylket ser hvilken virksomhet som signerte</source>
        <translation>Vert skrive inn i sertifikatet, så fylket ser kva verksemd som signerte</translation>
    </message>
    <message>
        <source>Passord for &amp;.p12-filen</source>
        <translation>Passord for &amp;.p12-fila</translation>
    </message>
    <message>
        <source>Nytt &amp;passord</source>
        <translation>Nytt &amp;passord</translation>
    </message>
    <message numerus="yes">
        <source>Minst %n tegn</source>
        <translation>
            <numerusform>Minst %n teikn</numerusform>
            <numerusform>Minst %n teikn</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Gjenta passordet</source>
        <translation>&amp;Gjenta passordet</translation>
    </message>
    <message>
        <source>&amp;Bruk sertifikatet</source>
        <translation>&amp;Bruk sertifikatet</translation>
    </message>
    <message>
        <source>&amp;Opprett</source>
        <translation>&amp;Opprett</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Importer utvekslingsfil</source>
        <translation>Importer utvekslingsfil</translation>
    </message>
    <message>
        <source>Butikker</source>
        <translation>Butikkar</translation>
    </message>
    <message>
        <source>Tjenester</source>
        <translation>Tenester</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Aktivitetar</translation>
    </message>
    <message>
        <source>Kriteriekataloger</source>
        <translation>Kriteriekatalogar</translation>
    </message>
    <message>
        <source>Egenvurderinger</source>
        <translation>Eigenvurderingar</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Nye</source>
        <translation>Nye</translation>
    </message>
    <message>
        <source>Endret</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Slettet</source>
        <translation>Sletta</translation>
    </message>
    <message>
        <source>Uendret</source>
        <translation>Uendra</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Konfliktar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Laget %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Laga %2 · %3</translation>
    </message>
    <message>
        <source>Butikker i filen: %1</source>
        <translation>Butikkar i fila: %1</translation>
    </message>
    <message>
        <source>Endringer per type</source>
        <translation>Endringar per type</translation>
    </message>
    <message>
        <source>Denne filen er importert før. Ingenting vil bli endret.</source>
        <translation>Denne fila er importert før. Ingenting vil bli endra.</translation>
    </message>
    <message>
        <source>%1 poster er endret både her og i filen siden sist. Én versjon velges automatisk; den andre tas vare på under Fil → Konflikter, der du kan velge den i stedet.</source>
        <translation>%1 postar er endra både her og i fila sidan sist. Éin versjon vert vald automatisk; den andre vert teken vare på under Fil → Konfliktar, der du kan velje han i staden.</translation>
    </message>
    <message>
        <source>Ingen konflikter.</source>
        <translation>Ingen konfliktar.</translation>
    </message>
    <message>
        <source>Før importen tas en sikkerhetskopi av databasen.</source>
        <translation>Før importen vert det teke ein sikkerheitskopi av databasen.</translation>
    </message>
    <message>
        <source>&amp;Godta bare signerte filer fra klarerte utstedere</source>
        <translation>&amp;Godta berre signerte filer frå klarerte utferdarar</translation>
    </message>
    <message>
        <source>Klarert utsteder: fylkets CA-sertifikat valgt på siden Kontroller PDF. Filen må være signert med et sertifikat derfra, for butikkenes eget organisasjonsnummer eller av en konsulent eller fylket.</source>
        <translation>Klarert utferdar: CA-sertifikatet til fylket, valt på sida Kontroller PDF. Fila må vere signert med eit sertifikat derifrå, for organisasjonsnummeret til butikkane sjølve eller av ein konsulent eller fylket.</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Filen er ikke signert.</source>
        <translation>Fila er ikkje signert.</translation>
    </message>
    <message>
        <source>Ingen klarert utsteder er valgt: velg fylkets CA-sertifikat på siden Kontroller PDF.</source>
        <translation>Ingen klarert utferdar er vald: vel CA-sertifikatet til fylket på sida Kontroller PDF.</translation>
    </message>
    <message>
        <source>Underskriveren er ikke utstedt av en klarert utsteder.</source>
        <translation>Underskrivaren er ikkje utferda av ein klarert utferdar.</translation>
    </message>
    <message>
        <source>Sertifikatet tilhører en annen organisasjon enn butikkene i filen.</source>
        <translation>Sertifikatet høyrer til ein annan organisasjon enn butikkane i fila.</translation>
    </message>
    <message>
        <source>Kan ikke importeres: %1 Fjern haken for å importere likevel.</source>
        <translation>Kan ikkje importerast: %1 Fjern haken for å importere likevel.</translation>
    </message>
    <message>
        <source>Underskriveren signerer som konsulent eller fylke (%1), ikke som butikkens egen.</source>
        <translation>Underskrivaren signerer som konsulent eller fylke (%1), ikkje som butikken sin eigen.</translation>
    </message>
    <message>
        <source>uten org.nr.</source>
        <translation>utan org.nr.</translation>
    </message>
    <message>
        <source>Advarsel: sertifikatet tilhører org.nr. %1, ikke butikkene i filen (%2). Signaturen bekrefter ikke hvem dataene kommer fra.</source>
        <translation>Åtvaring: sertifikatet høyrer til org.nr. %1, ikkje butikkane i fila (%2). Signaturen stadfestar ikkje kven dataa kjem frå.</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <source>ikke signert</source>
        <translation>ikkje signert</translation>
    </message>
    <message>
        <source>, org.nr. %1</source>
        <translation>, org.nr. %1</translation>
    </message>
    <message>
        <source>signert av %1 (bekreftet av fylkets CA)</source>
        <translation>signert av %1 (stadfesta av CA-en til fylket)</translation>
    </message>
    <message>
        <source>signert av %1 (uendret, men avsenderen er ikke bekreftet)</source>
        <translation>signert av %1 (uendra, men avsendaren er ikkje stadfesta)</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Databasen er skadet</source>
        <translation>Databasen er skadd</translation>
    </message>
    <message>
        <source>Kontrollen ved oppstart fant feil i databasen
%1

Ingenting er endret eller slettet.</source>
        <translation>Kontrollen ved oppstart fann feil i databasen
%1

Ingenting er endra eller sletta.</translation>
    </message>
    <message>
        <source>Den nyeste hele sikkerhetskopien er fra %1. Gjenoppretter du den, mister du endringer gjort etter det. Den skadede filen blir tatt vare på som sikkerhetskopi.</source>
        <translation>Den nyaste heile sikkerheitskopien er frå %1. Gjenopprettar du han, mistar du endringar gjorde etter det. Den skadde fila vert teken vare på som sikkerheitskopi.</translation>
    </message>
    <message>
        <source>Det finnes ingen hel sikkerhetskopi i %1. Kontakt brukerstøtte før du gjør noe med filen.</source>
        <translation>Det finst ingen heil sikkerheitskopi i %1. Kontakt brukarstøtte før du gjer noko med fila.</translation>
    </message>
    <message>
        <source>Gjenopprett sikkerhetskopien</source>
        <translation>Gjenopprett sikkerheitskopien</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Kunne ikke gjenopprette</source>
        <translation>Kunne ikkje gjenopprette</translation>
    </message>
    <message>
        <source>Sikkerhetskopien ble ikke brukt (%1). Databasen er uendret.</source>
        <translation>Sikkerheitskopien vart ikkje brukt (%1). Databasen er uendra.</translation>
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
        <translation>Navigasjon</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Butikk</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>&amp;Butikk: </source>
        <translation>&amp;Butikk: </translation>
    </message>
    <message>
        <source>Velg butikk</source>
        <translation>Vel butikk</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Sikker&amp;hetskopier…</source>
        <translation>Sikker&amp;heitskopiar…</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Ny</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Butikk</source>
        <translation>&amp;Butikk</translation>
    </message>
    <message>
        <source>&amp;Ny butikk…</source>
        <translation>&amp;Ny butikk…</translation>
    </message>
    <message>
        <source>&amp;Gi nytt navn…</source>
        <translation>&amp;Gje nytt namn…</translation>
    </message>
    <message>
        <source>&amp;Arkiver butikken</source>
        <translation>&amp;Arkiver butikken</translation>
    </message>
    <message>
        <source>&amp;Vis arkiverte butikker</source>
        <translation>&amp;Vis arkiverte butikkar</translation>
    </message>
    <message>
        <source>&amp;Gå til</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>S&amp;øk…</source>
        <translation>S&amp;øk…</translation>
    </message>
    <message>
        <source>&amp;Innstillinger</source>
        <translation>&amp;Innstillingar</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Eksporter utvekslingsfil…</source>
        <translation>&amp;Eksporter utvekslingsfil…</translation>
    </message>
    <message>
        <source>&amp;Importer utvekslingsfil…</source>
        <translation>&amp;Importer utvekslingsfil…</translation>
    </message>
    <message>
        <source>&amp;Konflikter…</source>
        <translation>&amp;Konfliktar…</translation>
    </message>
    <message>
        <source> (arkivert)</source>
        <translation> (arkivert)</translation>
    </message>
    <message>
        <source>&amp;Hent fram fra arkivet</source>
        <translation>&amp;Hent fram frå arkivet</translation>
    </message>
    <message>
        <source>%1 – Bygdeliv Desktop</source>
        <translation>%1 – Bygdeliv Desktop</translation>
    </message>
    <message>
        <source>Navn på butikken:</source>
        <translation>Namnet på butikken:</translation>
    </message>
    <message>
        <source>Ny butikk</source>
        <translation>Ny butikk</translation>
    </message>
    <message>
        <source>Butikken er opprettet. Fyll ut profilen.</source>
        <translation>Butikken er oppretta. Fyll ut profilen.</translation>
    </message>
    <message>
        <source>Gi nytt navn</source>
        <translation>Gje nytt namn</translation>
    </message>
    <message>
        <source>Arkivere «%1»? Butikken skjules fra listen, men ingenting slettes.</source>
        <translation>Arkivere «%1»? Butikken vert gøymd frå lista, men ingenting vert sletta.</translation>
    </message>
    <message>
        <source>Arkiver butikk</source>
        <translation>Arkiver butikk</translation>
    </message>
    <message>
        <source>Ulagrede endringer</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <source>Du har endringer på siden «%1» som ikke er lagret.</source>
        <translation>Du har endringar på sida «%1» som ikkje er lagra.</translation>
    </message>
    <message>
        <source>Kunne ikke fullføre</source>
        <translation>Kunne ikkje fullføre</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Gjør om</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>Slettede &amp;poster…</source>
        <translation>Sletta &amp;postar…</translation>
    </message>
    <message>
        <source>sletting av «%1»</source>
        <translation>sletting av «%1»</translation>
    </message>
    <message>
        <source>«%1» er slettet. Ctrl+Z angrer.</source>
        <translation>«%1» er sletta. Ctrl+Z angrar.</translation>
    </message>
    <message>
        <source>1 post er gjenopprettet.</source>
        <translation>1 post er gjenoppretta.</translation>
    </message>
    <message>
        <source>%1 poster er gjenopprettet.</source>
        <translation>%1 postar er gjenoppretta.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Arbeider</source>
        <translation>Arbeider</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>aktive tjenester utover dagligvarer</source>
        <translation>aktive tenester utover daglegvarer</translation>
    </message>
    <message>
        <source>aktiviteter hittil i år</source>
        <translation>aktivitetar så langt i år</translation>
    </message>
    <message>
        <source>aktiviteter i fjor</source>
        <translation>aktivitetar i fjor</translation>
    </message>
    <message>
        <source>aktiviteter siste 12 måneder</source>
        <translation>aktivitetar siste 12 månader</translation>
    </message>
    <message>
        <source>åpne tiltak i tiltaksplanen</source>
        <translation>opne tiltak i tiltaksplanen</translation>
    </message>
    <message>
        <source>siste egenvurdering</source>
        <translation>siste eigenvurdering</translation>
    </message>
    <message>
        <source>Velkommen til Bygdeliv Desktop. Her registrerer du butikkens tjenester og møteplassaktiviteter. Start med å opprette butikken.</source>
        <translation>Velkomen til Bygdeliv Desktop. Her registrerer du tenestene og møteplassaktivitetane til butikken. Start med å opprette butikken.</translation>
    </message>
    <message>
        <source>&amp;Opprett butikk…</source>
        <translation>&amp;Opprett butikk…</translation>
    </message>
    <message>
        <source>Aktiviteter per måned</source>
        <translation>Aktivitetar per månad</translation>
    </message>
    <message>
        <source>Siste egenvurdering, poeng per kategori</source>
        <translation>Siste eigenvurdering, poeng per kategori</translation>
    </message>
    <message>
        <source>&amp;Marker sammendraget som sendt</source>
        <translation>&amp;Merk samandraget som sendt</translation>
    </message>
    <message>
        <source>Oversikt</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Ingen butikk ennå</source>
        <translation>Ingen butikk enno</translation>
    </message>
    <message>
        <source>Kommune ikke valgt</source>
        <translation>Kommune ikkje vald</translation>
    </message>
    <message>
        <source>org.nr. %1</source>
        <translation>org.nr. %1</translation>
    </message>
    <message>
        <source>1 deltaker</source>
        <translation>1 deltakar</translation>
    </message>
    <message>
        <source>%1 deltakere</source>
        <translation>%1 deltakarar</translation>
    </message>
    <message>
        <source>Kriteriet M3 krever minst seks i året.</source>
        <translation>Kriteriet M3 krev minst seks i året.</translation>
    </message>
    <message>
        <source>Siste signerte sammendrag: %1.</source>
        <translation>Siste signerte samandrag: %1.</translation>
    </message>
    <message>
        <source>Markert som sendt til fylket %1.</source>
        <translation>Merkt som sendt til fylket %1.</translation>
    </message>
    <message>
        <source>Ikke markert som sendt.</source>
        <translation>Ikkje merkt som sendt.</translation>
    </message>
    <message>
        <source>Ingen signerte sammendrag laget på denne maskinen ennå.</source>
        <translation>Ingen signerte samandrag laga på denne maskina enno.</translation>
    </message>
    <message>
        <source>Siste sikkerhetskopi: %1.</source>
        <translation>Siste sikkerheitskopi: %1.</translation>
    </message>
    <message>
        <source>Ingen sikkerhetskopi ennå (Fil → Sikkerhetskopier…).</source>
        <translation>Ingen sikkerheitskopi enno (Fil → Sikkerheitskopiar…).</translation>
    </message>
    <message>
        <source>⚠ %1 forfalt</source>
        <translation>⚠ %1 forfalle</translation>
    </message>
    <message>
        <source>Ingen forfalte tiltak.</source>
        <translation>Ingen forfalne tiltak.</translation>
    </message>
    <message>
        <source>Ingen egenvurdering ennå.</source>
        <translation>Inga eigenvurdering enno.</translation>
    </message>
    <message>
        <source>låst</source>
        <translation>låst</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>%1 (%2), besvart %3 av %4.</source>
        <translation>%1 (%2), svart på %3 av %4.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Kunne ikke fullføre</source>
        <translation>Kunne ikkje fullføre</translation>
    </message>
    <message>
        <source>Bekreft</source>
        <translation>Stadfest</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passord</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Låst: denne egenvurderingen er endelig og kan bare leses. Bruk «Kopier til nytt utkast» for å følge opp.</source>
        <translation>Låst: denne eigenvurderinga er endeleg og kan berre lesast. Bruk «Kopier til nytt utkast» for å følgje opp.</translation>
    </message>
    <message>
        <source>Tilbake til &amp;listen</source>
        <translation>Tilbake til &amp;lista</translation>
    </message>
    <message>
        <source>Lå&amp;s vurderingen…</source>
        <translation>Lå&amp;s vurderinga…</translation>
    </message>
    <message>
        <source>Kriterier</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Vurdering: %1</source>
        <translation>Vurdering: %1</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>&amp;Dokumentasjon</source>
        <translation>&amp;Dokumentasjon</translation>
    </message>
    <message>
        <source>&amp;Kommentar</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>F&amp;orrige</source>
        <translation>F&amp;ørre</translation>
    </message>
    <message>
        <source>Forrige kriterium (Ctrl+PgUp)</source>
        <translation>Førre kriterium (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>&amp;Neste</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <source>Neste kriterium (Ctrl+PgDown)</source>
        <translation>Neste kriterium (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Lag &amp;tiltak…</source>
        <translation>Lag &amp;tiltak…</translation>
    </message>
    <message>
        <source>Lag et tiltak i tiltaksplanen for dette kriteriet</source>
        <translation>Lag eit tiltak i tiltaksplanen for dette kriteriet</translation>
    </message>
    <message>
        <source>Egenvurdering %1 · %2: %3 · %4</source>
        <translation>Eigenvurdering %1 · %2: %3 · %4</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Totalt: %1</source>
        <translation>Totalt: %1</translation>
    </message>
    <message>
        <source> (Obligatorisk)</source>
        <translation> (Obligatorisk)</translation>
    </message>
    <message>
        <source>Vurdering av %1 (%2)</source>
        <translation>Vurdering av %1 (%2)</translation>
    </message>
    <message>
        <source>Hva som teller som dokumentasjon: %1</source>
        <translation>Kva som tel som dokumentasjon: %1</translation>
    </message>
    <message>
        <source>Fra registreringene: %1 aktive tjenester som teller her (%2).</source>
        <translation>Frå registreringane: %1 aktive tenester som tel her (%2).</translation>
    </message>
    <message>
        <source>Fra registreringene: ingen aktive tjenester som teller her.</source>
        <translation>Frå registreringane: ingen aktive tenester som tel her.</translation>
    </message>
    <message>
        <source>Fra registreringene: %1 aktiviteter registrert siste 12 måneder.</source>
        <translation>Frå registreringane: %1 aktivitetar registrerte siste 12 månader.</translation>
    </message>
    <message>
        <source>Kriteriet regnes som oppfylt ved %1.</source>
        <translation>Kriteriet vert rekna som oppfylt ved %1.</translation>
    </message>
    <message>
        <source>Tiltak kan lages når kriteriet er vurdert som ikke eller delvis oppfylt.</source>
        <translation>Tiltak kan lagast når kriteriet er vurdert som ikkje eller delvis oppfylt.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Kunne ikke lagre</source>
        <translation>Kunne ikkje lagre</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Signert sammendrag til fylkeskommunen</source>
        <translation>Signert samandrag til fylkeskommunen</translation>
    </message>
    <message>
        <source>Sammendraget samler butikkens tjenester og møteplassaktiviteter i perioden i én PDF-fil (PDF/A) med tallene som maskinlesbare data. Filen signeres digitalt, så fylkeskommunen kan se hvem som laget den og at ingenting er endret etterpå.</source>
        <translation>Samandraget samlar tenestene og møteplassaktivitetane til butikken i perioden i éi PDF-fil (PDF/A) med tala som maskinlesbare data. Fila vert signert digitalt, så fylkeskommunen kan sjå kven som laga ho og at ingenting er endra etterpå.</translation>
    </message>
    <message>
        <source>&amp;Lag signert sammendrag…</source>
        <translation>&amp;Lag signert samandrag…</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Fra:</source>
        <translation>&amp;Frå:</translation>
    </message>
    <message>
        <source>&amp;Til:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Periodens første dag</source>
        <translation>Første dag i perioden</translation>
    </message>
    <message>
        <source>Periodens siste dag</source>
        <translation>Siste dag i perioden</translation>
    </message>
    <message>
        <source>Siste &amp;12 måneder</source>
        <translation>Siste &amp;12 månader</translation>
    </message>
    <message>
        <source>Målform i sammendraget</source>
        <translation>Målform i samandraget</translation>
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
        <translation>&amp;Målform:</translation>
    </message>
    <message>
        <source>Signeringsidentitet</source>
        <translation>Signeringsidentitet</translation>
    </message>
    <message>
        <source>&amp;Opprett signeringsidentitet…</source>
        <translation>&amp;Opprett signeringsidentitet…</translation>
    </message>
    <message>
        <source>Lag sertifikatfo&amp;respørsel…</source>
        <translation>Lag sertifikatfø&amp;respurnad…</translation>
    </message>
    <message>
        <source>&amp;Importer sertifikat fra fylket…</source>
        <translation>&amp;Importer sertifikat frå fylket…</translation>
    </message>
    <message>
        <source>Importer &amp;virksomhetssertifikat (.p12)…</source>
        <translation>Importer &amp;verksemdssertifikat (.p12)…</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Ny signeringsidentitet…</source>
        <translation>&amp;Ny signeringsidentitet…</translation>
    </message>
    <message>
        <source>Velg eller opprett en butikk først.</source>
        <translation>Vel eller opprett ein butikk først.</translation>
    </message>
    <message>
        <source>Opprett en signeringsidentitet først.</source>
        <translation>Opprett ein signeringsidentitet først.</translation>
    </message>
    <message>
        <source>Du blir bedt om passordet og hvor filen skal lagres.</source>
        <translation>Du vert beden om passordet og kvar fila skal lagrast.</translation>
    </message>
    <message>
        <source>Ingen signeringsidentitet ennå. Opprett en for å kunne signere sammendraget.</source>
        <translation>Ingen signeringsidentitet enno. Opprett ein for å kunne signere samandraget.</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Sertifikatet for %1 er utløpt (%2). Lag en ny sertifikatforespørsel eller opprett en ny signeringsidentitet.</source>
        <translation>Sertifikatet for %1 har gått ut (%2). Lag ein ny sertifikatførespurnad eller opprett ein ny signeringsidentitet.</translation>
    </message>
    <message>
        <source>Selvutstedt sertifikat for %1, gyldig til %2. Fylkeskommunen kan ikke bekrefte hvem som har signert før du har importert et sertifikat fra fylket. Lag en sertifikatforespørsel og send den til fylkeskommunen.</source>
        <translation>Sjølvutferda sertifikat for %1, gyldig til %2. Fylkeskommunen kan ikkje stadfeste kven som har signert før du har importert eit sertifikat frå fylket. Lag ein sertifikatførespurnad og send han til fylkeskommunen.</translation>
    </message>
    <message>
        <source>Sertifikat fra fylkeskommunen (%3) for %1, gyldig til %2.</source>
        <translation>Sertifikat frå fylkeskommunen (%3) for %1, gyldig til %2.</translation>
    </message>
    <message>
        <source>Virksomhetssertifikat fra %3 for %1, gyldig til %2.</source>
        <translation>Verksemdssertifikat frå %3 for %1, gyldig til %2.</translation>
    </message>
    <message>
        <source>Fingeravtrykk (SHA-256), for kontroll på telefon:
%1</source>
        <translation>Fingeravtrykk (SHA-256), for kontroll på telefon:
%1</translation>
    </message>
    <message>
        <source>Ugyldig periode</source>
        <translation>Ugyldig periode</translation>
    </message>
    <message>
        <source>Periodens første dag er etter den siste. Rett datoene.</source>
        <translation>Første dag i perioden er etter den siste. Rett datoane.</translation>
    </message>
    <message>
        <source>Signer sammendraget</source>
        <translation>Signer samandraget</translation>
    </message>
    <message>
        <source>Skriv passordet for signeringsnøkkelen til %1:</source>
        <translation>Skriv passordet for signeringsnøkkelen til %1:</translation>
    </message>
    <message>
        <source>Lagre signert sammendrag</source>
        <translation>Lagre signert samandrag</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signert sammendrag</source>
        <translation>Signert samandrag</translation>
    </message>
    <message>
        <source>Lager og signerer sammendraget …</source>
        <translation>Lagar og signerer samandraget …</translation>
    </message>
    <message>
        <source>Avbrutt. Sammendraget er ikke lagret.</source>
        <translation>Avbrote. Samandraget er ikkje lagra.</translation>
    </message>
    <message>
        <source>Signert sammendrag lagret i %1</source>
        <translation>Signert samandrag lagra i %1</translation>
    </message>
    <message>
        <source>Sammendraget er lagret</source>
        <translation>Samandraget er lagra</translation>
    </message>
    <message>
        <source>Det signerte sammendraget er lagret i «%1».

Vil du åpne det nå?</source>
        <translation>Det signerte samandraget er lagra i «%1».

Vil du opne det no?</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Søk</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Butikk</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>&amp;Søk etter:</source>
        <translation>&amp;Søk etter:</translation>
    </message>
    <message>
        <source>Butikk, tjeneste, tiltak eller aktivitet</source>
        <translation>Butikk, teneste, tiltak eller aktivitet</translation>
    </message>
    <message>
        <source>Treff</source>
        <translation>Treff</translation>
    </message>
    <message>
        <source>Viser de første %1 treff. Skriv mer for å snevre inn.</source>
        <translation>Viser dei første %1 treffa. Skriv meir for å snevre inn.</translation>
    </message>
    <message>
        <source>%1 treff</source>
        <translation>%1 treff</translation>
    </message>
    <message>
        <source>Skriv minst to tegn.</source>
        <translation>Skriv minst to teikn.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Endre tjeneste</source>
        <translation>Endre teneste</translation>
    </message>
    <message>
        <source>Ny tjeneste</source>
        <translation>Ny teneste</translation>
    </message>
    <message>
        <source>&amp;Tjeneste</source>
        <translation>&amp;Teneste</translation>
    </message>
    <message>
        <source>&amp;Beskrivelse (annen)</source>
        <translation>&amp;Skildring (anna)</translation>
    </message>
    <message>
        <source>Skriv hva tjenesten er når du har valgt «Annen tjeneste»</source>
        <translation>Skriv kva tenesta er når du har valt «Anna teneste»</translation>
    </message>
    <message>
        <source>&amp;Samarbeidspartner</source>
        <translation>&amp;Samarbeidspartnar</translation>
    </message>
    <message>
        <source>&amp;Fra</source>
        <translation>&amp;Frå</translation>
    </message>
    <message>
        <source>Dato kjent</source>
        <translation>Dato kjend</translation>
    </message>
    <message>
        <source>&amp;Avsluttet</source>
        <translation>&amp;Avslutta</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>T&amp;ider</source>
        <translation>T&amp;ider</translation>
    </message>
    <message>
        <source>For eksempel «I åpningstiden» eller «Torsdager kl. 11»</source>
        <translation>Til dømes «I opningstida» eller «Torsdagar kl. 11»</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>&amp;Merknad</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Samarbeidspartner</source>
        <translation>Samarbeidspartnar</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Tider</source>
        <translation>Tider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Avslutta</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Søk i tjenester…</source>
        <translation>Søk i tenester…</translation>
    </message>
    <message>
        <source>Søk i tjenester</source>
        <translation>Søk i tenester</translation>
    </message>
    <message>
        <source>Bare &amp;aktive</source>
        <translation>Berre &amp;aktive</translation>
    </message>
    <message>
        <source>Tjenester</source>
        <translation>Tenester</translation>
    </message>
    <message>
        <source>&amp;Ny tjeneste</source>
        <translation>&amp;Ny teneste</translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>A&amp;vslutt</source>
        <translation>A&amp;vslutt</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Tjenester utover dagligvarer</source>
        <translation>Tenester utover daglegvarer</translation>
    </message>
    <message>
        <source>%1 aktive av %2 registrerte tjenester</source>
        <translation>%1 aktive av %2 registrerte tenester</translation>
    </message>
    <message>
        <source>Tjenesten er lagt til.</source>
        <translation>Tenesta er lagd til.</translation>
    </message>
    <message>
        <source>Tjenesten er endret.</source>
        <translation>Tenesta er endra.</translation>
    </message>
    <message>
        <source>Tjenesten er avsluttet i dag.</source>
        <translation>Tenesta er avslutta i dag.</translation>
    </message>
    <message>
        <source>Slette tjenesten «%1»?</source>
        <translation>Slette tenesta «%1»?</translation>
    </message>
    <message>
        <source>Tjenesten er slettet.</source>
        <translation>Tenesta er sletta.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Kan ikke åpne databasen</source>
        <translation>Kan ikkje opne databasen</translation>
    </message>
    <message>
        <source>Sikkerhetskopi tatt: %1</source>
        <translation>Sikkerheitskopi teken: %1</translation>
    </message>
    <message>
        <source>Kunne ikke gjenopprette</source>
        <translation>Kunne ikkje gjenopprette</translation>
    </message>
    <message>
        <source>Gjenopprettet</source>
        <translation>Gjenoppretta</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er gjenopprettet. Databasen slik den var, er tatt vare på i %1.</source>
        <translation>Sikkerheitskopien er gjenoppretta. Databasen slik han var, er teken vare på i %1.</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <source>Sertifikat (*.pem *.crt *.cer *.der);;Alle filer (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer *.der);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Erstatte signeringsidentiteten?</source>
        <translation>Erstatte signeringsidentiteten?</translation>
    </message>
    <message>
        <source>Det finnes allerede en signeringsidentitet for %1. Den gamle nøkkelen og sertifikatet blir erstattet og kan ikke brukes igjen. Fortsette?</source>
        <translation>Det finst alt ein signeringsidentitet for %1. Den gamle nøkkelen og sertifikatet vert erstatta og kan ikkje brukast igjen. Halde fram?</translation>
    </message>
    <message>
        <source>Signeringsidentiteten er opprettet.</source>
        <translation>Signeringsidentiteten er oppretta.</translation>
    </message>
    <message>
        <source>Lager signeringsnøkkel (RSA-3072) …</source>
        <translation>Lagar signeringsnøkkel (RSA-3072) …</translation>
    </message>
    <message>
        <source>Sertifikatforespørsel</source>
        <translation>Sertifikatførespurnad</translation>
    </message>
    <message>
        <source>Forespørselen signeres med nøkkelen din. Skriv passordet for signeringsnøkkelen:</source>
        <translation>Førespurnaden vert signert med nøkkelen din. Skriv passordet for signeringsnøkkelen:</translation>
    </message>
    <message>
        <source>Lagre sertifikatforespørsel</source>
        <translation>Lagre sertifikatførespurnad</translation>
    </message>
    <message>
        <source>Sertifikatforespørsel (*.csr)</source>
        <translation>Sertifikatførespurnad (*.csr)</translation>
    </message>
    <message>
        <source>Sertifikatforespørselen er lagret.</source>
        <translation>Sertifikatførespurnaden er lagra.</translation>
    </message>
    <message>
        <source>Sertifikatforespørsel lagret</source>
        <translation>Sertifikatførespurnad lagra</translation>
    </message>
    <message>
        <source>Forespørselen er lagret i «%1».

Send filen til fylkeskommunen på e-post eller minnepinne. Den inneholder ingen hemmeligheter. Du får tilbake en sertifikatfil som du importerer her.</source>
        <translation>Førespurnaden er lagra i «%1».

Send fila til fylkeskommunen på e-post eller minnepinne. Ho inneheld ingen løyndomar. Du får tilbake ei sertifikatfil som du importerer her.</translation>
    </message>
    <message>
        <source>Lager sertifikatforespørsel …</source>
        <translation>Lagar sertifikatførespurnad …</translation>
    </message>
    <message>
        <source>Velg sertifikatet fra fylkeskommunen</source>
        <translation>Vel sertifikatet frå fylkeskommunen</translation>
    </message>
    <message>
        <source>CA-sertifikat mangler</source>
        <translation>CA-sertifikat manglar</translation>
    </message>
    <message>
        <source>Filen inneholder ikke fylkets CA-sertifikat (ca.pem). Vil du velge den filen nå?</source>
        <translation>Fila inneheld ikkje CA-sertifikatet til fylket (ca.pem). Vil du velje den fila no?</translation>
    </message>
    <message>
        <source>Velg fylkets CA-sertifikat</source>
        <translation>Vel CA-sertifikatet til fylket</translation>
    </message>
    <message>
        <source>Sertifikatet fra fylkeskommunen er tatt i bruk, gyldig til %1.</source>
        <translation>Sertifikatet frå fylkeskommunen er teke i bruk, gyldig til %1.</translation>
    </message>
    <message>
        <source>Velg virksomhetssertifikatet</source>
        <translation>Vel verksemdssertifikatet</translation>
    </message>
    <message>
        <source>Virksomhetssertifikat (*.p12 *.pfx);;Alle filer (*)</source>
        <translation>Verksemdssertifikat (*.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Virksomhetssertifikatet er tatt i bruk.</source>
        <translation>Verksemdssertifikatet er teke i bruk.</translation>
    </message>
    <message>
        <source>Leser virksomhetssertifikatet …</source>
        <translation>Les verksemdssertifikatet …</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <source>Åpner databasen …</source>
        <translation>Opnar databasen …</translation>
    </message>
</context>
<context>
    <name>StoreProfilePage</name>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Organisasjonsnummer</source>
        <translation>&amp;Organisasjonsnummer</translation>
    </message>
    <message>
        <source>9 siffer, for eksempel 974 760 673</source>
        <translation>9 siffer, til dømes 974 760 673</translation>
    </message>
    <message>
        <source>&amp;Kommune</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>Skriv kommunenavnet eller kommunenummeret for å velge</source>
        <translation>Skriv kommunenamnet eller kommunenummeret for å velje</translation>
    </message>
    <message>
        <source>&amp;Kjede</source>
        <translation>&amp;Kjede</translation>
    </message>
    <message>
        <source>For eksempel Joker, Coop, Nærbutikken</source>
        <translation>Til dømes Joker, Coop, Nærbutikken</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Post&amp;nummer</source>
        <translation>Post&amp;nummer</translation>
    </message>
    <message>
        <source>Posts&amp;ted</source>
        <translation>Posts&amp;tad</translation>
    </message>
    <message>
        <source>Kontakt&amp;person</source>
        <translation>Kontakt&amp;person</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-post</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>Åpnings&amp;tider</source>
        <translation>Opnings&amp;tider</translation>
    </message>
    <message>
        <source>For eksempel: Man–fre 9–20, lør 9–18, søn 12–18</source>
        <translation>Til dømes: Mån–fre 9–20, lau 9–18, sun 12–18</translation>
    </message>
    <message numerus="yes">
        <source>Klasse %n</source>
        <translation>
            <numerusform>Klasse %n</numerusform>
            <numerusform>Klasse %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sentralitetsklasse</source>
        <translation>&amp;Sentralitetsklasse</translation>
    </message>
    <message>
        <source>SSBs sentralitetsindeks: 1 er mest sentral, 6 minst sentral</source>
        <translation>Sentralitetsindeksen til SSB: 1 er mest sentral, 6 minst sentral</translation>
    </message>
    <message>
        <source>&amp;Merkur</source>
        <translation>&amp;Merkur</translation>
    </message>
    <message>
        <source>Deltar i Merkur-programmet</source>
        <translation>Deltek i Merkur-programmet</translation>
    </message>
    <message>
        <source>Merkur &amp;fra</source>
        <translation>Merkur &amp;frå</translation>
    </message>
    <message>
        <source>Dato kjent</source>
        <translation>Dato kjend</translation>
    </message>
    <message>
        <source>N&amp;otater</source>
        <translation>N&amp;otat</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Angre endringer</source>
        <translation>Angre endringar</translation>
    </message>
    <message>
        <source>Butikk</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Ingen butikk valgt</source>
        <translation>Ingen butikk vald</translation>
    </message>
    <message>
        <source>Butikkprofil – %1</source>
        <translation>Butikkprofil – %1</translation>
    </message>
    <message>
        <source>Ikke lagret: rett feltene som er merket.</source>
        <translation>Ikkje lagra: rett felta som er merkte.</translation>
    </message>
    <message>
        <source>Butikkprofilen er lagret.</source>
        <translation>Butikkprofilen er lagra.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Aktivitet</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Slettede poster</source>
        <translation>Sletta postar</translation>
    </message>
    <message>
        <source>Slettet i «%1». Velg det du vil ha tilbake.</source>
        <translation>Sletta i «%1». Vel det du vil ha tilbake.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Slettet</source>
        <translation>Sletta</translation>
    </message>
    <message>
        <source>Ingen slettede poster for denne butikken.</source>
        <translation>Ingen sletta postar for denne butikken.</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett valgte</source>
        <translation>&amp;Gjenopprett valde</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Kunne ikke fullføre</source>
        <translation>Kunne ikkje fullføre</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Kontroller signert PDF</source>
        <translation>Kontroller signert PDF</translation>
    </message>
    <message>
        <source>Velg en PDF, eller dra filen hit</source>
        <translation>Vel ein PDF, eller dra fila hit</translation>
    </message>
    <message>
        <source>&amp;Velg PDF…</source>
        <translation>&amp;Vel PDF…</translation>
    </message>
    <message>
        <source>Ingen – da kan ikke underskriveren bekreftes</source>
        <translation>Ingen – då kan ikkje underskrivaren stadfestast</translation>
    </message>
    <message>
        <source>Velg &amp;CA…</source>
        <translation>Vel &amp;CA…</translation>
    </message>
    <message>
        <source>&amp;Fjern</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>&amp;Kontroller</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <source>&amp;PDF-fil:</source>
        <translation>&amp;PDF-fil:</translation>
    </message>
    <message>
        <source>Betrodd CA-&amp;sertifikat (valgfritt):</source>
        <translation>Tiltrudd CA-&amp;sertifikat (valfritt):</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Signert av:</source>
        <translation>Signert av:</translation>
    </message>
    <message>
        <source>Tidspunkt:</source>
        <translation>Tidspunkt:</translation>
    </message>
    <message>
        <source>Sertifikatkjede:</source>
        <translation>Sertifikatkjede:</translation>
    </message>
    <message>
        <source>Kontroller</source>
        <translation>Kontrollar</translation>
    </message>
    <message>
        <source>Innholdet i data.json</source>
        <translation>Innhaldet i data.json</translation>
    </message>
    <message>
        <source>K&amp;ontroller</source>
        <translation>K&amp;ontrollar</translation>
    </message>
    <message>
        <source>&amp;Data i filen (data.json)</source>
        <translation>&amp;Data i fila (data.json)</translation>
    </message>
    <message>
        <source>Kontroller PDF</source>
        <translation>Kontroller PDF</translation>
    </message>
    <message>
        <source>Velg signert PDF</source>
        <translation>Vel signert PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Alle filer (*)</source>
        <translation>PDF (*.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Velg fylkets CA-sertifikat</source>
        <translation>Vel CA-sertifikatet til fylket</translation>
    </message>
    <message>
        <source>Sertifikat (*.pem *.crt *.cer *.der);;Alle filer (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer *.der);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Kontrollerer signaturen …</source>
        <translation>Kontrollerer signaturen …</translation>
    </message>
    <message>
        <source>Kontrollert: %1</source>
        <translation>Kontrollert: %1</translation>
    </message>
    <message>
        <source>Ingen fil kontrollert ennå</source>
        <translation>Inga fil kontrollert enno</translation>
    </message>
    <message>
        <source>Velg en signert PDF fra Bygdeliv Desktop. Velg også fylkets CA-sertifikat for å bekrefte hvem som signerte.</source>
        <translation>Vel ein signert PDF frå Bygdeliv Desktop. Vel også CA-sertifikatet til fylket for å stadfeste kven som signerte.</translation>
    </message>
    <message>
        <source>✔ GYLDIG</source>
        <translation>✔ GYLDIG</translation>
    </message>
    <message>
        <source>Filen er uendret siden den ble signert, og underskriveren er bekreftet av CA-en du valgte.</source>
        <translation>Fila er uendra sidan ho vart signert, og underskrivaren er stadfesta av CA-en du valde.</translation>
    </message>
    <message>
        <source>⚠ Intakt, men sertifikatet er ikke gyldig nå</source>
        <translation>⚠ Intakt, men sertifikatet er ikkje gyldig no</translation>
    </message>
    <message>
        <source>Filen er uendret, men sertifikatet til %1 er utløpt (gyldig til %2), så signaturen kan ikke bekreftes.</source>
        <translation>Fila er uendra, men sertifikatet til %1 har gått ut (gyldig til %2), så signaturen kan ikkje stadfestast.</translation>
    </message>
    <message>
        <source>Filen er uendret, men sertifikatet til %1 er ennå ikke gyldig (gyldig fra %2), så signaturen kan ikke bekreftes.</source>
        <translation>Fila er uendra, men sertifikatet til %1 er enno ikkje gyldig (gyldig frå %2), så signaturen kan ikkje stadfestast.</translation>
    </message>
    <message>
        <source>⚠ Intakt, men ukjent underskriver</source>
        <translation>⚠ Intakt, men ukjend underskrivar</translation>
    </message>
    <message>
        <source>Filen er uendret siden den ble signert, men underskriveren er ikke utstedt av CA-en du valgte (et sertifikat fra en annen CA, også med samme navn, godtas ikke).</source>
        <translation>Fila er uendra sidan ho vart signert, men underskrivaren er ikkje utferda av CA-en du valde (eit sertifikat frå ein annan CA, også med same namn, blir ikkje godteke).</translation>
    </message>
    <message>
        <source>Filen er uendret siden den ble signert, men det er ikke bekreftet hvem som signerte. Velg fylkets CA-sertifikat, eller be butikken om å importere sertifikatet fra fylket.</source>
        <translation>Fila er uendra sidan ho vart signert, men det er ikkje stadfesta kven som signerte. Vel CA-sertifikatet til fylket, eller be butikken om å importere sertifikatet frå fylket.</translation>
    </message>
    <message>
        <source>✘ IKKE GYLDIG</source>
        <translation>✘ IKKJE GYLDIG</translation>
    </message>
    <message>
        <source>Filen kan ikke stoles på. Se kontrollene som feilet nedenfor.</source>
        <translation>Fila kan ikkje stolast på. Sjå kontrollane som feila nedanfor.</translation>
    </message>
    <message>
        <source>, org.nr. %1</source>
        <translation>, org.nr. %1</translation>
    </message>
    <message>
        <source>; godkjent av %1</source>
        <translation>; godkjend av %1</translation>
    </message>
    <message>
        <source> (oppgitt av underskriveren)</source>
        <translation> (oppgitt av underskrivaren)</translation>
    </message>
    <message>
        <source> – ingen utsteder fulgte med (selvutstedt)</source>
        <translation> – ingen utferdar følgde med (sjølvutferda)</translation>
    </message>
    <message>
        <source> ← utstedt av </source>
        <translation> ← utferda av </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Velkommen til Bygdeliv Desktop</source>
        <translation>Velkomen til Bygdeliv Desktop</translation>
    </message>
    <message>
        <source>Velkommen!</source>
        <translation>Velkomen!</translation>
    </message>
    <message>
        <source>Her fører butikken tjenester og møteplassaktiviteter, gjør egenvurdering mot kriteriene for bygdelivsbutikker og lager et signert sammendrag til fylket. Alt ligger på denne maskinen; ingenting sendes over nettet.

Hvordan vil du begynne?</source>
        <translation>Her fører butikken tenester og møteplassaktivitetar, gjer eigenvurdering mot kriteria for bygdelivsbutikkar og lagar eit signert samandrag til fylket. Alt ligg på denne maskina; ingenting vert sendt over nettet.

Korleis vil du byrje?</translation>
    </message>
    <message>
        <source>&amp;Opprett butikken</source>
        <translation>&amp;Opprett butikken</translation>
    </message>
    <message>
        <source>Skriv inn navnet nå og fyll ut profilen etterpå.</source>
        <translation>Skriv inn namnet no og fyll ut profilen etterpå.</translation>
    </message>
    <message>
        <source>&amp;Importer fil fra konsulenten</source>
        <translation>&amp;Importer fil frå konsulenten</translation>
    </message>
    <message>
        <source>Les inn en utvekslingsfil (.bygdeliv) fra minnepinne eller e-post.</source>
        <translation>Les inn ei utvekslingsfil (.bygdeliv) frå minnepinne eller e-post.</translation>
    </message>
    <message>
        <source>&amp;Senere</source>
        <translation>&amp;Seinare</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>&amp;Ja</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;Nei</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Forkast endringene</source>
        <translation>&amp;Forkast endringane</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
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
        <translation>Kjøpmann</translation>
    </message>
    <message>
        <source>Konsulent</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Utgangspunkt</source>
        <translation>Utgangspunkt</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planlagd</translation>
    </message>
    <message>
        <source>I gang</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Ferdig</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Avlyst</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>ikke besvart</source>
        <translation>ikkje svart på</translation>
    </message>
    <message>
        <source>ingen poeng mulig (ikke aktuelt)</source>
        <translation>ingen poeng moglege (ikkje aktuelt)</translation>
    </message>
    <message>
        <source>%1 av %2 poeng (%3 %)</source>
        <translation>%1 av %2 poeng (%3 %)</translation>
    </message>
    <message>
        <source>Besvart %1 av %2</source>
        <translation>Svart på %1 av %2</translation>
    </message>
    <message>
        <source>Klar for sertifisering</source>
        <translation>Klar for sertifisering</translation>
    </message>
    <message>
        <source>Ikke klar for sertifisering ennå</source>
        <translation>Ikkje klar for sertifisering enno</translation>
    </message>
    <message>
        <source>%1 kriterier er ikke besvart.</source>
        <translation>%1 kriterium er ikkje svarte på.</translation>
    </message>
    <message>
        <source>Det obligatoriske kriteriet %1 er satt til «ikke aktuelt», men kan ikke utelates.</source>
        <translation>Det obligatoriske kriteriet %1 er sett til «ikkje aktuelt», men kan ikkje utelatast.</translation>
    </message>
    <message>
        <source>Det obligatoriske kriteriet %1 er «%2», men må være oppfylt.</source>
        <translation>Det obligatoriske kriteriet %1 er «%2», men må vere oppfylt.</translation>
    </message>
    <message>
        <source>%1 har %2 %, men krever minst %3 %.</source>
        <translation>%1 har %2 %, men krev minst %3 %.</translation>
    </message>
    <message>
        <source>Ingen kriterier er aktuelle, så det er ingenting å vurdere.</source>
        <translation>Ingen kriterium er aktuelle, så det er ingenting å vurdere.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Et offline program for bygdelivsbutikker (Innlandet fylkeskommune og Distriktssenteret, Merkur-programmet).</source>
        <translation>Eit offline-program for bygdelivsbutikkar (Innlandet fylkeskommune og Distriktssenteret, Merkur-programmet).</translation>
    </message>
    <message>
        <source>Biblioteker</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Skrift</source>
        <translation>Skrift</translation>
    </message>
    <message>
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>Brukarrettleiing</translation>
    </message>
    <message>
        <source>&amp;Om Bygdeliv Desktop</source>
        <translation>&amp;Om Bygdeliv Desktop</translation>
    </message>
    <message>
        <source>Om Bygdeliv Desktop</source>
        <translation>Om Bygdeliv Desktop</translation>
    </message>
</context>
<context>
    <name>json_tree</name>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Verdi</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Må fylles ut.</source>
        <translation>Må fyllast ut.</translation>
    </message>
    <message>
        <source>Ugyldig organisasjonsnummer: det skal være 9 siffer med riktig kontrollsiffer (MOD11).</source>
        <translation>Ugyldig organisasjonsnummer: det skal vere 9 siffer med rett kontrollsiffer (MOD11).</translation>
    </message>
    <message>
        <source>Ukjent kommune: {code}.</source>
        <translation>Ukjend kommune: {code}.</translation>
    </message>
    <message>
        <source>Postnummeret skal være 4 siffer.</source>
        <translation>Postnummeret skal vere 4 siffer.</translation>
    </message>
    <message>
        <source>Ugyldig telefonnummer: 8–15 siffer, gjerne med +47 foran.</source>
        <translation>Ugyldig telefonnummer: 8–15 siffer, gjerne med +47 framfor.</translation>
    </message>
    <message>
        <source>Ugyldig e-postadresse.</source>
        <translation>Ugyldig e-postadresse.</translation>
    </message>
    <message>
        <source>Sentralitetsklassen må være fra 1 til 6.</source>
        <translation>Sentralitetsklassen må vere frå 1 til 6.</translation>
    </message>
    <message>
        <source>Datoen kan ikke være fram i tid.</source>
        <translation>Datoen kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <source>Sluttdatoen kan ikke være før startdatoen.</source>
        <translation>Sluttdatoen kan ikkje vere før startdatoen.</translation>
    </message>
    <message>
        <source>For lang tekst: høyst {max} tegn.</source>
        <translation>For lang tekst: høgst {max} teikn.</translation>
    </message>
    <message>
        <source>Kan ikke være negativt.</source>
        <translation>Kan ikkje vere negativt.</translation>
    </message>
    <message>
        <source>For stort tall: høyst {max}.</source>
        <translation>For stort tal: høgst {max}.</translation>
    </message>
    <message>
        <source>Skriv et helt tall, for eksempel 12.</source>
        <translation>Skriv eit heilt tal, til dømes 12.</translation>
    </message>
    <message>
        <source>Ukjent type: {code}.</source>
        <translation>Ukjend type: {code}.</translation>
    </message>
    <message>
        <source>Ugyldig tekst.</source>
        <translation>Ugyldig tekst.</translation>
    </message>
    <message>
        <source>Feltet kan bare ha én linje: fjern linjeskift og tabulatorer.</source>
        <translation>Feltet kan berre ha éi linje: fjern linjeskift og tabulatorar.</translation>
    </message>
    <message>
        <source>Teksten har usynlige styretegn eller retningstegn ({chars}), ofte med fra kopiering. Fjern dem og prøv igjen.</source>
        <translation>Teksten har usynlege styreteikn eller retningsteikn ({chars}), ofte med frå kopiering. Fjern dei og prøv igjen.</translation>
    </message>
    <message>
        <source>Teksten har tegn som ikke kan skrives ut i PDF-rapporten: {chars}. Bruk andre tegn.</source>
        <translation>Teksten har teikn som ikkje kan skrivast ut i PDF-rapporten: {chars}. Bruk andre teikn.</translation>
    </message>
    <message>
        <source>Datoen må være mellom {min} og {max}.</source>
        <translation>Datoen må vere mellom {min} og {max}.</translation>
    </message>
    <message>
        <source>Ugyldig tidspunkt.</source>
        <translation>Ugyldig tidspunkt.</translation>
    </message>
    <message>
        <source>Passordet har tegn som ikke kan brukes. Skriv det på nytt.</source>
        <translation>Passordet har teikn som ikkje kan brukast. Skriv det på nytt.</translation>
    </message>
    <message>
        <source>Posten finnes ikke lenger. Den kan være slettet.</source>
        <translation>Posten finst ikkje lenger. Han kan vere sletta.</translation>
    </message>
    <message>
        <source>Filen «{path}» er ikke en Bygdeliv-database. Filen er ikke endret.</source>
        <translation>Fila «{path}» er ikkje ein Bygdeliv-database. Fila er ikkje endra.</translation>
    </message>
    <message>
        <source>Databasen «{path}» er laget av en nyere versjon av Bygdeliv Desktop (skjema {revision}). Oppdater programmet for å åpne den. Filen er ikke endret.</source>
        <translation>Databasen «{path}» er laga av ein nyare versjon av Bygdeliv Desktop (skjema {revision}). Oppdater programmet for å opne han. Fila er ikkje endra.</translation>
    </message>
    <message>
        <source>Databasen «{path}» er låst av et annet program. Prøv igjen senere.</source>
        <translation>Databasen «{path}» er låst av eit anna program. Prøv igjen seinare.</translation>
    </message>
    <message>
        <source>En datafil i programmet er ugyldig: {detail}</source>
        <translation>Ei datafil i programmet er ugyldig: {detail}</translation>
    </message>
    <message>
        <source>Databasen «{path}» er skadet. Ingenting er endret eller slettet.</source>
        <translation>Databasen «{path}» er skadd. Ingenting er endra eller sletta.</translation>
    </message>
    <message>
        <source>Disken er full. Endringen ble ikke lagret, men den står fortsatt i skjemaet. Frigjør plass og prøv igjen.</source>
        <translation>Disken er full. Endringa vart ikkje lagra, men ho står framleis i skjemaet. Frigjer plass og prøv igjen.</translation>
    </message>
    <message>
        <source>Databasen kan ikke skrives til (skrivebeskyttet). Endringen ble ikke lagret, men den står fortsatt i skjemaet.</source>
        <translation>Databasen kan ikkje skrivast til (skriveverna). Endringa vart ikkje lagra, men ho står framleis i skjemaet.</translation>
    </message>
    <message>
        <source>Kunne ikke skrive til disken ({detail}). Endringen ble ikke lagret, men den står fortsatt i skjemaet.</source>
        <translation>Kunne ikkje skrive til disken ({detail}). Endringa vart ikkje lagra, men ho står framleis i skjemaet.</translation>
    </message>
    <message>
        <source>Kunne ikke ta sikkerhetskopi: {detail}</source>
        <translation>Kunne ikkje ta sikkerheitskopi: {detail}</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er skadet og kan ikke brukes. Databasen er ikke endret.</source>
        <translation>Sikkerheitskopien er skadd og kan ikkje brukast. Databasen er ikkje endra.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien mangler vedlegg ({detail}). Databasen er ikke endret.</source>
        <translation>Sikkerheitskopien manglar vedlegg ({detail}). Databasen er ikkje endra.</translation>
    </message>
    <message>
        <source>Databasen kan ikke ligge på en nettverksdisk ({kind}): «{path}». Velg en mappe på denne maskinen med --data-dir.</source>
        <translation>Databasen kan ikkje liggje på ein nettverksdisk ({kind}): «{path}». Vel ei mappe på denne maskina med --data-dir.</translation>
    </message>
    <message>
        <source>Databasen kan ikke ligge i en mappe som synkroniseres av {provider}: «{path}». Synkronisering kan ødelegge filen. Velg en annen mappe med --data-dir.</source>
        <translation>Databasen kan ikkje liggje i ei mappe som vert synkronisert av {provider}: «{path}». Synkronisering kan øydeleggje fila. Vel ei anna mappe med --data-dir.</translation>
    </message>
    <message>
        <source>Mappen «{path}» er skrivebeskyttet. Velg en mappe du kan skrive i med --data-dir.</source>
        <translation>Mappa «{path}» er skriveverna. Vel ei mappe du kan skrive i med --data-dir.</translation>
    </message>
    <message>
        <source>Bygdeliv Desktop er allerede åpen med denne databasen. Bruk vinduet som er åpent.</source>
        <translation>Bygdeliv Desktop er alt open med denne databasen. Bruk vindauget som er ope.</translation>
    </message>
    <message>
        <source>Kunne ikke låse databasen for bruk ({detail}).</source>
        <translation>Kunne ikkje låse databasen for bruk ({detail}).</translation>
    </message>
    <message>
        <source>Passordet må ha minst {min} tegn.</source>
        <translation>Passordet må ha minst {min} teikn.</translation>
    </message>
    <message>
        <source>Passordene er ikke like. Skriv det samme passordet to ganger.</source>
        <translation>Passorda er ikkje like. Skriv det same passordet to gonger.</translation>
    </message>
    <message>
        <source>Avbrutt. Ingenting er skrevet.</source>
        <translation>Avbrote. Ingenting er skrive.</translation>
    </message>
    <message>
        <source>Kan ikke lese filen «{path}»: {reason}</source>
        <translation>Kan ikkje lese fila «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Kan ikke skrive filen «{path}»: {reason}. Velg en annen mappe.</source>
        <translation>Kan ikkje skrive fila «{path}»: {reason}. Vel ei anna mappe.</translation>
    </message>
    <message>
        <source>Signeringen kunne ikke gjennomføres: {detail}</source>
        <translation>Signeringa kunne ikkje gjennomførast: {detail}</translation>
    </message>
    <message>
        <source>Det finnes ingen signeringsidentitet ennå. Opprett en først.</source>
        <translation>Det finst ingen signeringsidentitet enno. Opprett ein først.</translation>
    </message>
    <message>
        <source>Det finnes allerede en signeringsidentitet. Den blir ikke overskrevet.</source>
        <translation>Det finst alt ein signeringsidentitet. Han vert ikkje overskriven.</translation>
    </message>
    <message>
        <source>Feil passord. Ingenting er skrevet eller endret.</source>
        <translation>Feil passord. Ingenting er skrive eller endra.</translation>
    </message>
    <message>
        <source>Passordet er for kort: det må ha minst 8 tegn.</source>
        <translation>Passordet er for kort: det må ha minst 8 teikn.</translation>
    </message>
    <message>
        <source>Sertifikatet hører ikke til denne signeringsnøkkelen. Kontroller at fylket har laget det fra din sertifikatforespørsel.</source>
        <translation>Sertifikatet høyrer ikkje til denne signeringsnøkkelen. Kontroller at fylket har laga det frå sertifikatførespurnaden din.</translation>
    </message>
    <message>
        <source>Sertifikatet er utløpt eller ennå ikke gyldig (gyldig til {not_after}). Be om et nytt.</source>
        <translation>Sertifikatet har gått ut eller er ikkje gyldig enno (gyldig til {not_after}). Be om eit nytt.</translation>
    </message>
    <message>
        <source>Sertifikatfilen kan ikke brukes: {detail}</source>
        <translation>Sertifikatfila kan ikkje brukast: {detail}</translation>
    </message>
    <message>
        <source>Filen er ikke et sertifikat programmet kan lese (PEM eller DER).</source>
        <translation>Fila er ikkje eit sertifikat programmet kan lese (PEM eller DER).</translation>
    </message>
    <message>
        <source>Filen mangler fylkets CA-sertifikat, som sertifikatet er utstedt av.</source>
        <translation>Fila manglar CA-sertifikatet til fylket, som sertifikatet er utferda av.</translation>
    </message>
    <message>
        <source>Sertifikatet bruker ikke en RSA-nøkkel og kan ikke brukes til PDF/A-signering.</source>
        <translation>Sertifikatet brukar ikkje ein RSA-nøkkel og kan ikkje brukast til PDF/A-signering.</translation>
    </message>
    <message>
        <source>Nøkkelen i sertifikatet er for svak.</source>
        <translation>Nøkkelen i sertifikatet er for svak.</translation>
    </message>
    <message>
        <source>Filen mangler nøkkel eller sertifikat.</source>
        <translation>Fila manglar nøkkel eller sertifikat.</translation>
    </message>
    <message>
        <source>Sammendraget kunne ikke lages: {detail}. Ingen fil er skrevet.</source>
        <translation>Samandraget kunne ikkje lagast: {detail}. Inga fil er skriven.</translation>
    </message>
    <message>
        <source>Ugyldig dato.</source>
        <translation>Ugyldig dato.</translation>
    </message>
    <message>
        <source>Svaret passer ikke med skalaen for kriteriet {criterion} (0 til {max}).</source>
        <translation>Svaret passar ikkje med skalaen for kriteriet {criterion} (0 til {max}).</translation>
    </message>
    <message>
        <source>Kriteriekatalogen «{file}» har versjon {version}, men en annen katalog med samme versjon er importert fra før. Ingenting er endret.</source>
        <translation>Kriteriekatalogen «{file}» har versjon {version}, men ein annan katalog med same versjon er importert frå før. Ingenting er endra.</translation>
    </message>
    <message>
        <source>Kriteriekatalogen «{file}» (versjon {version}) er eldre enn den som er i bruk (versjon {stored_version}). Ingenting er endret.</source>
        <translation>Kriteriekatalogen «{file}» (versjon {version}) er eldre enn den som er i bruk (versjon {stored_version}). Ingenting er endra.</translation>
    </message>
    <message>
        <source>Egenvurderingen er låst og kan ikke endres. Lag et nytt utkast med «Kopier til nytt utkast».</source>
        <translation>Eigenvurderinga er låst og kan ikkje endrast. Lag eit nytt utkast med «Kopier til nytt utkast».</translation>
    </message>
    <message>
        <source>Egenvurderingen kan ikke låses ennå: {count} kriterier er ikke besvart ({detail}).</source>
        <translation>Eigenvurderinga kan ikkje låsast enno: {count} kriterium er ikkje svarte på ({detail}).</translation>
    </message>
    <message>
        <source>Kunne ikke legge ved filen: {detail}</source>
        <translation>Kunne ikkje leggje ved fila: {detail}</translation>
    </message>
    <message>
        <source>Filen er for stor til å legges ved ({size} byte; høyst {max} byte).</source>
        <translation>Fila er for stor til å leggjast ved ({size} byte; høgst {max} byte).</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» mangler eller er endret etter at det ble lagt ved.</source>
        <translation>Vedlegget «{name}» manglar eller er endra etter at det vart lagt ved.</translation>
    </message>
    <message>
        <source>Filen kan ikke importeres: {detail}. Ingenting er endret.</source>
        <translation>Fila kan ikkje importerast: {detail}. Ingenting er endra.</translation>
    </message>
    <message>
        <source>Filen er ikke en utvekslingsfil fra Bygdeliv, eller den er skadet (avkuttet eller ødelagt). Ingenting er endret.</source>
        <translation>Fila er ikkje ei utvekslingsfil frå Bygdeliv, eller ho er skadd (avkutta eller øydelagd). Ingenting er endra.</translation>
    </message>
    <message>
        <source>Filen er større enn det en utvekslingsfil kan være, eller pakker ut til alt for mye data. Den er avvist; ingenting er endret.</source>
        <translation>Fila er større enn ei utvekslingsfil kan vere, eller pakkar ut til altfor mykje data. Ho er avvist; ingenting er endra.</translation>
    </message>
    <message>
        <source>Filen inneholder noe en utvekslingsfil ikke skal inneholde ({detail}). Den er avvist; ingenting er endret.</source>
        <translation>Fila inneheld noko ei utvekslingsfil ikkje skal innehalde ({detail}). Ho er avvist; ingenting er endra.</translation>
    </message>
    <message>
        <source>Innholdet i filen stemmer ikke med innholdslisten: den er endret eller skadet underveis. Ingenting er endret.</source>
        <translation>Innhaldet i fila stemmer ikkje med innhaldslista: ho er endra eller skadd undervegs. Ingenting er endra.</translation>
    </message>
    <message>
        <source>Signaturen på filen holder ikke: filen er endret etter at den ble signert. Ingenting er endret.</source>
        <translation>Signaturen på fila held ikkje: fila er endra etter at ho vart signert. Ingenting er endra.</translation>
    </message>
    <message>
        <source>Dataene i filen er ikke i orden ({detail}). Ingenting er endret.</source>
        <translation>Dataa i fila er ikkje i orden ({detail}). Ingenting er endra.</translation>
    </message>
    <message>
        <source>Filen er laget av en nyere versjon av Bygdeliv Desktop. Oppdater programmet og prøv igjen. Ingenting er endret.</source>
        <translation>Fila er laga av ein nyare versjon av Bygdeliv Desktop. Oppdater programmet og prøv igjen. Ingenting er endra.</translation>
    </message>
    <message>
        <source>Filen viser til data som verken finnes i filen eller her ({detail}). Ingenting er endret.</source>
        <translation>Fila viser til data som verken finst i fila eller her ({detail}). Ingenting er endra.</translation>
    </message>
    <message>
        <source>Dataene i filen (data.json) er større enn grensen på {limit_mb} MB for en utvekslingsfil. Den er avvist; ingenting er endret.</source>
        <translation>Dataa i fila (data.json) er større enn grensa på {limit_mb} MB for ei utvekslingsfil. Ho er avvist; ingenting er endra.</translation>
    </message>
    <message>
        <source>Filen har andre data foran eller bak utvekslingsfilen (for eksempel en PDF eller et program med en zip-fil inni). Den er avvist; ingenting er endret.</source>
        <translation>Fila har andre data framfor eller bak utvekslingsfila (til dømes ein PDF eller eit program med ei zip-fil inni). Ho er avvist; ingenting er endra.</translation>
    </message>
    <message>
        <source>Innholdslisten i filen (manifest.json) stemmer ikke med dataene ({detail}). Den er avvist; ingenting er endret.</source>
        <translation>Innhaldslista i fila (manifest.json) stemmer ikkje med dataa ({detail}). Ho er avvist; ingenting er endra.</translation>
    </message>
    <message>
        <source>Filen har poster som hører til en butikk som ikke er med i filen ({detail}). Den er avvist; ingenting er endret.</source>
        <translation>Fila har postar som høyrer til ein butikk som ikkje er med i fila ({detail}). Ho er avvist; ingenting er endra.</translation>
    </message>
    <message>
        <source>Sammendraget kan ikke brukes: signaturkontrollen feilet ({reason}).</source>
        <translation>Samandraget kan ikkje brukast: signaturkontrollen feila ({reason}).</translation>
    </message>
    <message>
        <source>Ugyldig verdi.</source>
        <translation>Ugyldig verdi.</translation>
    </message>
    <message>
        <source>Noe gikk galt: {detail}</source>
        <translation>Noko gjekk gale: {detail}</translation>
    </message>
    <message>
        <source>Kriteriekatalogen «{file}» kan ikke brukes: {detail}. Ingenting er endret.</source>
        <translation>Kriteriekatalogen «{file}» kan ikkje brukast: {detail}. Ingenting er endra.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Kunne ikke fullføre</source>
        <translation>Kunne ikkje fullføre</translation>
    </message>
    <message>
        <source>Uventet feil: %1</source>
        <translation>Uventa feil: %1</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>Filen kan leses som PDF</source>
        <translation>Fila kan lesast som PDF</translation>
    </message>
    <message>
        <source>Filen har en signatur</source>
        <translation>Fila har ein signatur</translation>
    </message>
    <message>
        <source>Signaturen er en sertifiseringssignatur</source>
        <translation>Signaturen er ein sertifiseringssignatur</translation>
    </message>
    <message>
        <source>Innholdet er uendret siden signering</source>
        <translation>Innhaldet er uendra sidan signering</translation>
    </message>
    <message>
        <source>Signaturen stemmer med sertifikatet</source>
        <translation>Signaturen stemmer med sertifikatet</translation>
    </message>
    <message>
        <source>Hele filen er dekket av signaturen</source>
        <translation>Heile fila er dekt av signaturen</translation>
    </message>
    <message>
        <source>Ingen ulovlige endringer etter signering</source>
        <translation>Ingen ulovlege endringar etter signering</translation>
    </message>
    <message>
        <source>Sertifikatet er gyldig nå (ikke utløpt)</source>
        <translation>Sertifikatet er gyldig no (ikkje gått ut)</translation>
    </message>
    <message>
        <source>Underskriveren er bekreftet av en betrodd CA</source>
        <translation>Underskrivaren er stadfesta av ein tiltrudd CA</translation>
    </message>
    <message>
        <source>data.json ligger i den signerte versjonen</source>
        <translation>data.json ligg i den signerte versjonen</translation>
    </message>
    <message>
        <source>data.json kan leses og har kjent format</source>
        <translation>data.json kan lesast og har kjent format</translation>
    </message>
    <message>
        <source>data.json har et gyldig organisasjonsnummer</source>
        <translation>data.json har eit gyldig organisasjonsnummer</translation>
    </message>
    <message>
        <source>Organisasjonsnummeret i data.json er det samme som i sertifikatet</source>
        <translation>Organisasjonsnummeret i data.json er det same som i sertifikatet</translation>
    </message>
    <message>
        <source>Filen er ikke en lesbar PDF.</source>
        <translation>Fila er ikkje ein lesbar PDF.</translation>
    </message>
    <message>
        <source>Filen er ikke signert.</source>
        <translation>Fila er ikkje signert.</translation>
    </message>
    <message>
        <source>Signaturen er en vanlig signatur, ikke en sertifisering.</source>
        <translation>Signaturen er ein vanleg signatur, ikkje ei sertifisering.</translation>
    </message>
    <message>
        <source>Innholdet er endret etter at det ble signert.</source>
        <translation>Innhaldet er endra etter at det vart signert.</translation>
    </message>
    <message>
        <source>Signaturen kan ikke bekreftes: filen er endret eller skadet.</source>
        <translation>Signaturen kan ikkje stadfestast: fila er endra eller skadd.</translation>
    </message>
    <message>
        <source>Noe er lagt til i filen etter signeringen.</source>
        <translation>Noko er lagt til i fila etter signeringa.</translation>
    </message>
    <message>
        <source>Filen er endret etter signering på en måte som ikke er tillatt.</source>
        <translation>Fila er endra etter signering på ein måte som ikkje er tillaten.</translation>
    </message>
    <message>
        <source>Sertifikatet er ikke utstedt av CA-en du valgte.</source>
        <translation>Sertifikatet er ikkje utferda av CA-en du valde.</translation>
    </message>
    <message>
        <source>Ingen betrodd CA er valgt, så det er ikke bekreftet hvem som signerte.</source>
        <translation>Ingen tiltrudd CA er vald, så det er ikkje stadfesta kven som signerte.</translation>
    </message>
    <message>
        <source>data.json mangler i den signerte versjonen.</source>
        <translation>data.json manglar i den signerte versjonen.</translation>
    </message>
    <message>
        <source>data.json kan ikke leses eller har ukjent format.</source>
        <translation>data.json kan ikkje lesast eller har ukjent format.</translation>
    </message>
    <message>
        <source>Sertifikatet er ennå ikke gyldig.</source>
        <translation>Sertifikatet er enno ikkje gyldig.</translation>
    </message>
    <message>
        <source>Sertifikatet er utløpt, så signaturen kan ikke bekreftes.</source>
        <translation>Sertifikatet har gått ut, så signaturen kan ikkje stadfestast.</translation>
    </message>
    <message>
        <source>data.json mangler et gyldig organisasjonsnummer, så det er uklart hvem sammendraget gjelder.</source>
        <translation>data.json manglar eit gyldig organisasjonsnummer, så det er uklart kven samandraget gjeld.</translation>
    </message>
    <message>
        <source>Organisasjonsnummeret i data.json er ikke signererens: sammendraget er signert av en annen virksomhet.</source>
        <translation>Organisasjonsnummeret i data.json er ikkje signeraren sitt: samandraget er signert av ei anna verksemd.</translation>
    </message>
</context>
</TS>
