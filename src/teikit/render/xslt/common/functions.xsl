<?xml version="1.0" encoding="UTF-8"?>
<!-- Functions shared by the HTML and the plain-text renderings: which title,
     which names, which register entry a mention points at, which notes are
     footnotes, and the small tables (labels, authority files) they use. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- Register entries by key, wherever the document keeps them (standOff, back, header). -->
  <xsl:key name="entry" match="tei:person | tei:personGrp | tei:org | tei:place" use="@xml:id"/>

  <!-- Elements that name a person, organisation or place and may point at an entry. -->
  <xsl:function name="t:is-mention" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el/@ref) and
      $el/(self::tei:persName | self::tei:orgName | self::tei:placeName | self::tei:rs | self::tei:name)"/>
  </xsl:function>

  <!-- Entry keys of a @ref: '#stalin', 'persons.xml#stalin' and 'pmb50' all give the part after '#'. -->
  <xsl:function name="t:ref-keys" as="xs:string*">
    <xsl:param name="ref" as="attribute()?"/>
    <xsl:sequence select="tokenize(normalize-space($ref), ' ') ! (if (contains(., '#')) then tokenize(., '#')[last()] else .)"/>
  </xsl:function>

  <!-- The register entry in the same document that a mention points at, if any. -->
  <xsl:function name="t:entry" as="element()?">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="(t:ref-keys($mention/@ref) ! key('entry', ., root($mention)))[1]"/>
  </xsl:function>

  <!-- Notes shown as numbered footnotes: every note of the text except register data
       and the notes teikit keeps at the end because their marker was not found. -->
  <xsl:function name="t:footnotes" as="element(tei:note)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$tei/tei:text//tei:note[not(parent::tei:div[@type = 'notes'])]
      [not(ancestor::tei:listPerson | ancestor::tei:listPlace | ancestor::tei:listOrg | ancestor::tei:listEvent)]"/>
  </xsl:function>

  <!-- Footnote numbers by node identity, 1, 2, 3 in document order. -->
  <xsl:function name="t:note-numbers" as="map(xs:string, xs:integer)">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="notes" select="t:footnotes($tei)"/>
    <xsl:sequence select="map:merge(for $i in 1 to count($notes) return map{ generate-id($notes[$i]): $i })"/>
  </xsl:function>

  <!-- Mention numbers by node identity, 1, 2, 3 in document order: ids that do not depend on
       how many documents the process parsed before. -->
  <xsl:function name="t:mention-numbers" as="map(xs:string, xs:integer)">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="mentions" select="$tei//*[@ref]"/>
    <xsl:sequence select="map:merge(for $i in 1 to count($mentions) return map{ generate-id($mentions[$i]): $i })"/>
  </xsl:function>

  <!-- The title of the document: an analytic or main title before a series title. -->
  <xsl:function name="t:title" as="element(tei:title)?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="($titles[@level = 'a'], $titles[@type = 'main'],
      $titles[not(@level = ('s', 'j', 'm')) and not(@type)], $titles)[1]"/>
  </xsl:function>

  <!-- Whether a heading of the text only repeats the document's title (the header block shows it). -->
  <xsl:function name="t:repeats-title" as="xs:boolean">
    <xsl:param name="head" as="element(tei:head)"/>
    <xsl:sequence select="normalize-space($head) eq normalize-space(t:title($head/ancestor::tei:TEI[1]))"/>
  </xsl:function>

  <!-- The main name of an entry: its name typed 'main' or 'pref', else its first name. -->
  <xsl:function name="t:main-name" as="element()?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(tei:persName | tei:orgName | tei:placeName | tei:name)"/>
    <xsl:sequence select="($names[@type = ('main', 'pref', 'reg')], $names[not(@type)], $names)[1]"/>
  </xsl:function>

  <!-- "Surname, Forename Patronymic" where the parts are tagged, else the name as written. -->
  <xsl:function name="t:name-label" as="xs:string">
    <xsl:param name="name" as="element()?"/>
    <xsl:variable name="surname" select="normalize-space(string-join($name/tei:surname, ' '))"/>
    <xsl:variable name="forename" select="normalize-space(string-join(
      $name/(tei:forename | tei:addName[@type = 'patronymic']), ' '))"/>
    <xsl:sequence select="if ($surname and $forename) then $surname || ', ' || $forename
      else normalize-space($name)"/>
  </xsl:function>

  <xsl:function name="t:sort-key" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="lower-case(t:name-label(t:main-name($entry)))"/>
  </xsl:function>

  <!-- Other names an entry is known by, at most four: pseudonyms, full and untyped names, and the
       first name (not a pseudonym) in each other language or script; spelling variants (type 'variant') of the main
       name's language are left out, as they only repeat it, and so are forms kept only for recognising mentions
       (type 'forename': a first name alone). -->
  <xsl:function name="t:other-names" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="main" select="t:main-name($entry)"/>
    <xsl:variable name="names" select="$entry/(tei:persName | tei:orgName | tei:placeName)[not(. is $main)]"/>
    <xsl:variable name="main-lang" select="string($main/@xml:lang)"/>
    <xsl:variable name="others" select="($names[not(@type = ('variant', 'forename')) and string(@xml:lang) = $main-lang],
      for $lang in distinct-values($names/@xml:lang[. ne $main-lang])
        return ($names[@xml:lang = $lang][not(@type = 'pseudonym')], $names[@xml:lang = $lang])[1])
      ! normalize-space(.)"/>
    <xsl:sequence select="subsequence(distinct-values($others[. and . ne normalize-space($main)]), 1, 4)"/>
  </xsl:function>

  <!-- What a person did: the words of each occupation (or role name), at most two. -->
  <xsl:function name="t:occupations" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="subsequence(distinct-values($entry/(tei:occupation | tei:roleName)/normalize-space()[.]), 1, 2)"/>
  </xsl:function>

  <!-- The year (or the text) of a birth or death: @when, a date child, or its words. -->
  <xsl:function name="t:event-year" as="xs:string?">
    <xsl:param name="event" as="element()?"/>
    <xsl:variable name="iso" select="($event/@when, $event/tei:date/@when, $event/@notBefore, $event/tei:date/@notBefore)[1]"/>
    <xsl:sequence select="if ($iso) then replace($iso, '^(-?\d{1,4}).*$', '$1')
      else normalize-space(string-join($event/(text() | tei:date), ' '))[.]"/>
  </xsl:function>

  <!-- Life dates as "1878–1953", "b. 1878" or "d. 1953" (in the labels' language); nothing when unknown. -->
  <xsl:function name="t:life-dates" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="born" select="t:event-year($entry/tei:birth[1])"/>
    <xsl:variable name="died" select="t:event-year($entry/tei:death[1])"/>
    <xsl:sequence select="if ($born and $died) then $born || '–' || $died
      else if ($born) then t:label('born', $lang) || ' ' || $born
      else if ($died) then t:label('died', $lang) || ' ' || $died else ()"/>
  </xsl:function>

  <!-- Authority files: where an identifier of each type resolves. -->
  <xsl:variable name="t:authorities" as="map(xs:string, map(xs:string, xs:string))" select="map{
    'wikidata': map{ 'label': 'Wikidata', 'base': 'https://www.wikidata.org/wiki/' },
    'viaf':     map{ 'label': 'VIAF',     'base': 'https://viaf.org/viaf/' },
    'gnd':      map{ 'label': 'GND',      'base': 'https://d-nb.info/gnd/' },
    'geonames': map{ 'label': 'GeoNames', 'base': 'https://www.geonames.org/' },
    'pmb':      map{ 'label': 'PMB',      'base': 'https://pmb.acdh.oeaw.ac.at/entity/' }
  }"/>

  <!-- Whether a string is an http(s) URL (starts-with: regular expressions cost far more). -->
  <xsl:function name="t:is-web-url" as="xs:boolean">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="starts-with($value, 'https://') or starts-with($value, 'http://')"/>
  </xsl:function>

  <!-- An entry's authority identifiers as maps { label, url }. -->
  <xsl:function name="t:authority-links" as="map(xs:string, xs:string)*">
    <xsl:param name="entry" as="element()"/>
    <xsl:for-each select="$entry/tei:idno[normalize-space()]">
      <xsl:variable name="value" select="normalize-space(.)"/>
      <xsl:variable name="known" select="$t:authorities(lower-case(@type))"/>
      <xsl:choose>
        <xsl:when test="t:is-web-url($value)">
          <xsl:sequence select="map{ 'label': string(($known?label, @type, 'link')[1]), 'url': $value }"/>
        </xsl:when>
        <xsl:when test="exists($known)">
          <xsl:sequence select="map{ 'label': $known?label, 'url': $known?base || $value }"/>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!-- The words of a reference that has none of its own: what it points at ("1889-09-08", a URL). -->
  <xsl:function name="t:empty-ref-words" as="xs:string?">
    <xsl:param name="ref" as="element()"/>
    <xsl:sequence select="if (normalize-space($ref) or $ref/*) then () else
      string-join(tokenize(normalize-space($ref/@target), ' ') ! replace(., '^#', ''), ' ')[.]"/>
  </xsl:function>

  <!-- Line ends of the source, as a typesetter treats them: a word broken at a line end ("conve-" line break
       "nuto", or a break marked break="no") is joined, its hyphen dropped when the word goes on in lower case
       ("convenuto"), kept before a capital ("Nord-Amerika"). -->
  <xsl:function name="t:joins" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:sequence select="$lb/@break = 'no' or exists(key('t:lb-after-hyphen', generate-id($lb), root($lb)))"/>
  </xsl:function>

  <!-- Line breaks by the text node right after them, and those right after a word ending in a hyphen
       (keys: the preceding-sibling axis costs time in proportion to the siblings before). -->
  <xsl:key name="t:lb-before" match="tei:lb" use="generate-id(following-sibling::node()[1])"/>
  <xsl:key name="t:lb-after-hyphen" match="text()[following-sibling::node()[1][self::tei:lb]]"
      use="if (matches(., '\p{L}[-¬⸗]\s*$')) then generate-id(following-sibling::node()[1]) else ()"/>

  <!-- Whether the words after a line break go on in lower case. -->
  <xsl:function name="t:goes-on-lower" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:sequence select="matches(($lb/following::text()[normalize-space()])[1], '^\s*\p{Ll}')"/>
  </xsl:function>

  <!-- A text node beside a joining line break, without the white space (and hyphen) the join removes. -->
  <xsl:function name="t:joined-text" as="xs:string">
    <xsl:param name="text" as="text()"/>
    <xsl:variable name="after" select="key('t:lb-before', generate-id($text), root($text))[t:joins(.)]"/>
    <xsl:variable name="before" select="$text/following-sibling::node()[1][self::tei:lb][t:joins(.)]"/>
    <xsl:variable name="start" select="if ($after) then replace($text, '^\s+', '') else string($text)"/>
    <xsl:sequence select="if (empty($before)) then $start
      else if (t:goes-on-lower($before) and not($before/@break = 'no' and not(matches($start, '\p{L}[-¬⸗]\s*$'))))
        then replace($start, '[-¬⸗]\s*$', '')
      else replace($start, '\s+$', '')"/>
  </xsl:function>

  <!-- Whether a text node stands beside a line break (the only text nodes a join can change). -->
  <xsl:function name="t:beside-lb" as="xs:boolean">
    <xsl:param name="text" as="text()"/>
    <xsl:sequence select="exists($text/following-sibling::node()[1][self::tei:lb]) or exists(key('t:lb-before', generate-id($text), root($text)))"/>
  </xsl:function>

  <!-- The groups of the index, in order: the entry element's name and the heading's label. -->
  <xsl:variable name="t:index-groups" as="map(xs:string, xs:string)*" select="
    map{ 'kind': 'person', 'heading': 'persons' },
    map{ 'kind': 'org', 'heading': 'organisations' },
    map{ 'kind': 'place', 'heading': 'places' }"/>

  <!-- The abbreviations of the text that the edition expands, once each in order of first use,
       as maps { 'abbr': words, 'expan': words }: the text shows the abbreviation, a list the expansions. -->
  <xsl:function name="t:abbreviations" as="map(xs:string, xs:string)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:for-each-group select="$tei/tei:text//tei:choice[tei:abbr and tei:expan]"
        group-by="normalize-space(tei:abbr[1]) || '&#9;' || normalize-space(tei:expan[1])">
      <xsl:sequence select="map{ 'abbr': normalize-space(tei:abbr[1]), 'expan': normalize-space(tei:expan[1]) }"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- A kind of original (objectDesc/@form) as words: the labels' 'form-' entries, else the value itself. -->
  <xsl:function name="t:form-label" as="xs:string?">
    <xsl:param name="form" as="attribute()?"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="$form ! ($t:labels('form-' || .)?($lang), $t:labels('form-' || .)?en,
      upper-case(substring(., 1, 1)) || translate(substring(., 2), '-_', '  '))[1]"/>
  </xsl:function>

  <!-- "RTsKhIDNI, f. 78, op. 7, d. 210, fols 1-2": place, repository, identifiers (typed fond, opis,
       delo abbreviated as the labels' 'shelf-' entries say), folios. -->
  <xsl:function name="t:shelfmark" as="xs:string?">
    <xsl:param name="ms" as="element(tei:msDesc)?"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="id" select="$ms/tei:msIdentifier"/>
    <xsl:variable name="idnos" select="$id/tei:idno[normalize-space()]
      ! string-join((($t:labels('shelf-' || @type)?($lang), $t:labels('shelf-' || @type)?en)[1], normalize-space(.)), ' ')"/>
    <xsl:variable name="locus" select="($ms/tei:msContents/tei:msItem/tei:locus)[1]/normalize-space()[.]"/>
    <xsl:variable name="parts" select="($id/(tei:settlement, tei:institution, tei:repository, tei:collection)/normalize-space()[.],
      $idnos, $locus ! (t:label(if (matches(., '[-–,]')) then 'folios' else 'folio', $lang) || ' ' || .))"/>
    <xsl:sequence select="string-join($parts, ', ')[.]"/>
  </xsl:function>

  <!-- The parts of a structured citation: each element with words of its own (or no children),
       outside the editors and not inside another part. -->
  <xsl:function name="t:citation-parts" as="element()*">
    <xsl:param name="bibl" as="element()"/>
    <xsl:variable name="candidates" select="$bibl//*[not(ancestor-or-self::tei:editor)]
      [text()[normalize-space()] or not(*)][normalize-space()]"/>
    <xsl:sequence select="$candidates[not(ancestor::* intersect $candidates)]"/>
  </xsl:function>

  <!-- The editors of a citation: the names inside each editor element, else the element itself. -->
  <xsl:function name="t:citation-editors" as="element()*">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="$bibl//tei:editor[normalize-space()] ! (if (tei:persName | tei:name | tei:orgName)
      then tei:persName | tei:name | tei:orgName else .)"/>
  </xsl:function>

  <!-- Whether a date was supplied by the editors but carries no brackets of its own. -->
  <xsl:function name="t:needs-brackets" as="xs:boolean">
    <xsl:param name="date" as="element(tei:date)"/>
    <xsl:sequence select="exists($date/@evidence) and empty($date//tei:supplied)
      and not(starts-with(normalize-space($date), '['))"/>
  </xsl:function>

  <!-- The words of a date element, or its ISO attributes when it has none. -->
  <xsl:function name="t:iso-date-label" as="xs:string">
    <xsl:param name="date" as="element(tei:date)"/>
    <xsl:sequence select="if ($date/@when) then string($date/@when)
      else string-join(($date/@from, $date/@notBefore)[1] ! string(.), '') || '–' || string-join(($date/@to, $date/@notAfter)[1] ! string(.), '')"/>
  </xsl:function>

  <!-- The words the renderings add (labels.json): key → language → word, read when compiling. -->
  <xsl:variable name="t:labels" static="yes" as="map(*)" select="parse-json(unparsed-text('../labels.json'))"/>

  <!-- The language of the labels for a document: its own where labels.json has it, else English. -->
  <xsl:function name="t:label-lang" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="code" select="lower-case(substring-before(translate(t:doc-lang($tei), '_', '-') || '-', '-'))"/>
    <xsl:variable name="lang" select="($t:labels?_languages($code), $code)[1]"/>
    <xsl:sequence select="if (exists($t:labels?date($lang))) then $lang else 'en'"/>
  </xsl:function>

  <!-- The word for a label key in a language, English where it is missing. -->
  <xsl:function name="t:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="($t:labels($key)($lang), $t:labels($key)?en, $key)[1]"/>
  </xsl:function>

  <!-- The language of the document: TEI/@xml:lang, else the first declared language. -->
  <xsl:function name="t:doc-lang" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/@xml:lang, $tei/tei:text/@xml:lang,
      $tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[1]/@ident, 'und')[1]"/>
  </xsl:function>
</xsl:stylesheet>
