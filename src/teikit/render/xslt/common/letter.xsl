<?xml version="1.0" encoding="UTF-8"?>
<!-- The facts of a letter from whichever header form its file uses: TEI P5 correspDesc
     (correspAction), the early correspDesc draft (sender, addressee, placeSender, dateSender ...,
     also inside sourceDesc), names typed with their role, and particDesc with roles.
     The same rules as teikit.export's reading of letters; a test holds both to agreement. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- Roles (and name types) that say which side of a letter a correspondent is on. -->
  <xsl:variable name="t:role-kinds" as="map(xs:string, xs:string)" select="map{
    'sender': 'sent', 'author': 'sent', 'writer': 'sent',
    'addressee': 'received', 'recipient': 'received', 'receiver': 'received' }"/>
  <!-- The early draft's parts: element name -> the action it belongs to. -->
  <xsl:variable name="t:draft-kinds" as="map(xs:string, xs:string)" select="map{
    'sender': 'sent', 'placeSender': 'sent', 'dateSender': 'sent',
    'addressee': 'received', 'placeAddressee': 'received', 'dateAddressee': 'received' }"/>
  <!-- The words joining sender and recipient in a letter's title ("A an B, 3. 11. 1893"), read when compiling. -->
  <xsl:variable name="t:title-words" static="yes" as="xs:string*"
      select="unparsed-text-lines('../../../letter_title_words.tsv')[normalize-space()][not(starts-with(., '#'))]
        ! normalize-space(substring-after(., '&#9;'))"/>

  <!-- The one correspDesc of a single-letter document, wherever its header keeps it; none when there
       are several (a CMIF file). -->
  <xsl:function name="t:corresp-desc" as="element(tei:correspDesc)?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="descs" select="$tei/tei:teiHeader//tei:correspDesc"/>
    <xsl:sequence select="if (count($descs) eq 1) then $descs else ()"/>
  </xsl:function>

  <!-- Names, places and dates directly inside an element (not a forename inside a persName ...). -->
  <xsl:function name="t:top-level" as="element()*">
    <xsl:param name="part" as="element()"/>
    <xsl:sequence select="$part//(tei:persName | tei:orgName | tei:name | tei:rs | tei:placeName | tei:settlement | tei:date)
      [not(ancestor::*[. >> $part][self::tei:persName | self::tei:orgName | self::tei:name | self::tei:rs
        | self::tei:placeName | self::tei:settlement | self::tei:date])]"/>
  </xsl:function>

  <!-- The side ('sent', 'received' ...) and what each part of a correspDesc gives: correspAction gives all,
       the draft's elements one thing each. -->
  <xsl:function name="t:part-kind" as="xs:string?">
    <xsl:param name="part" as="element()"/>
    <xsl:sequence select="if ($part/self::tei:correspAction) then ($part/@type, 'sent')[1] else $t:draft-kinds(local-name($part))"/>
  </xsl:function>

  <!-- A correspDesc's names, places and dates, each as map{ 'kind': side, 'what': party|place|date, 'el': element }. -->
  <xsl:function name="t:desc-facts" as="map(*)*">
    <xsl:param name="desc" as="element(tei:correspDesc)?"/>
    <xsl:for-each select="$desc/*[t:part-kind(.)]">
      <xsl:variable name="kind" select="t:part-kind(.)"/>
      <xsl:variable name="gives" select="if (self::tei:correspAction) then ('party', 'place', 'date')
        else if (self::tei:sender | self::tei:addressee) then 'party'
        else if (self::tei:placeSender | self::tei:placeAddressee) then 'place' else 'date'"/>
      <xsl:for-each select="t:top-level(.)">
        <xsl:variable name="what" select="if (self::tei:date) then 'date' else if (self::tei:placeName | self::tei:settlement
          or @type = 'place') then 'place' else 'party'"/>
        <xsl:if test="$what = $gives">
          <xsl:sequence select="map{ 'kind': if ($what eq 'party') then ($t:role-kinds(string(@type)), $kind)[1] else $kind,
            'what': $what, 'el': . }"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:function>

  <!-- Whether an element of particDesc says by its @role or @type which side it is on; that side. -->
  <xsl:function name="t:role-kind" as="xs:string?">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="(tokenize(normalize-space($el/@role || ' ' || $el/@type)) ! $t:role-kinds(lower-case(.)))[1]"/>
  </xsl:function>

  <!-- particDesc's correspondents: participants with a side, not inside another one with a side. -->
  <xsl:function name="t:particDesc-facts" as="map(*)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="partic" select="$tei/tei:teiHeader/tei:profileDesc/tei:particDesc"/>
    <xsl:for-each select="$partic//(tei:person | tei:personGrp | tei:org | tei:persName | tei:orgName | tei:name | tei:rs)
        [exists(t:role-kind(.))][not(ancestor::*[. >> $partic][exists(t:role-kind(.))])]">
      <xsl:variable name="named" select="if (self::tei:person | self::tei:personGrp) then tei:persName[1]
        else if (self::tei:org) then tei:orgName[1] else ."/>
      <xsl:sequence select="map{ 'kind': t:role-kind(.), 'what': 'party', 'el': ($named, .)[1] }"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The titleStmt's correspondents: its authors as senders, and the recipient of a title
       "SENDER word RECIPIENT, ..." when SENDER is one of those authors. Its date: see t:letter-facts. -->
  <xsl:function name="t:titleStmt-facts" as="map(*)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="authors" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author[normalize-space()]"/>
    <xsl:variable name="spellings" select="$authors ! normalize-space(lower-case(.)) ! (., t:inverted(.))"/>
    <xsl:variable name="title" select="normalize-space(t:title($tei))"/>
    <xsl:variable name="recipient" select="($t:title-words ! (
      let $found := analyze-string($title, '^(.+?)\s+' || replace(., '([.\\?*+{}()\[\]^$|])', '\\$1') || '\s+([^,]+)')/*:match
      return $found[normalize-space(lower-case(*:group[@nr = 1])) = $spellings]/normalize-space(*:group[@nr = 2])))[1]"/>
    <xsl:sequence select="$authors ! map{ 'kind': 'sent', 'what': 'party', 'el': . }"/>
    <xsl:if test="exists($authors) and $recipient">
      <xsl:variable name="name" as="element()"><tei:persName><xsl:value-of select="$recipient"/></tei:persName></xsl:variable>
      <xsl:sequence select="map{ 'kind': 'received', 'what': 'party', 'el': $name }"/>
    </xsl:if>
  </xsl:function>

  <!-- 'Surname, Forename' as 'forename surname' (lower case, for comparing names). -->
  <xsl:function name="t:inverted" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="if (contains($name, ',')) then normalize-space(substring-after($name, ',')) || ' '
      || normalize-space(substring-before($name, ',')) else $name"/>
  </xsl:function>

  <!-- Whether a date element has an ISO attribute (when, from, notBefore ... or their -iso forms). -->
  <xsl:function name="t:has-iso" as="xs:boolean">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="exists($date/(@when, @from, @to, @notBefore, @notAfter, @when-iso, @from-iso, @to-iso,
      @notBefore-iso, @notAfter-iso)[normalize-space()])"/>
  </xsl:function>

  <!-- The facts of the letter from the first header form that gives correspondents: correspDesc, particDesc,
       titleStmt; a date or places missing there come from profileDesc/creation. -->
  <xsl:function name="t:letter-facts" as="map(*)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="desc" select="t:corresp-desc($tei)"/>
    <xsl:variable name="partic" select="if ($desc) then () else t:particDesc-facts($tei)"/>
    <xsl:variable name="facts" select="if ($desc) then t:desc-facts($desc) else if (exists($partic)) then $partic
      else t:titleStmt-facts($tei)"/>
    <xsl:variable name="creation" select="$tei/tei:teiHeader/tei:profileDesc/tei:creation[$desc or exists($facts)]"/>
    <!-- A titleStmt letter's date, when creation has none: a title's @when or a dated date inside a title. -->
    <xsl:variable name="title-date" select="if ($desc or exists($partic)) then () else
      ($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title ! (if (@when or @when-iso) then . else (.//tei:date[t:has-iso(.)])[1]))[1]"/>
    <xsl:sequence select="$facts,
      if ($facts?what = 'date') then () else (($creation//tei:date[t:has-iso(.)])[1], $title-date[exists($facts)])[1]
        ! map{ 'kind': 'sent', 'what': 'date', 'el': . },
      if ($facts?what = 'place') then () else $creation ! t:top-level(.)[self::tei:placeName | self::tei:settlement]
        ! map{ 'kind': 'sent', 'what': 'place', 'el': . }"/>
  </xsl:function>

  <!-- The persons and organisations of one side ('sent', 'received') among a letter's facts (t:letter-facts). -->
  <xsl:function name="t:parties" as="element()*">
    <xsl:param name="facts" as="map(*)*"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="$facts[?what = 'party'][?kind = $kind]?el"/>
  </xsl:function>

  <!-- The places of one side. -->
  <xsl:function name="t:places" as="element()*">
    <xsl:param name="facts" as="map(*)*"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="$facts[?what = 'place'][?kind = $kind]?el"/>
  </xsl:function>

  <!-- The date of the letter: the first date of the sending side, else the first date of any side. -->
  <xsl:function name="t:letter-date" as="element()?">
    <xsl:param name="facts" as="map(*)*"/>
    <xsl:variable name="dates" select="$facts[?what = 'date']"/>
    <xsl:sequence select="($dates[?kind = 'sent'], $dates)[1]?el"/>
  </xsl:function>

  <!-- What the letter is about, in the editors' words: correspDesc's note, else the abstract. -->
  <xsl:function name="t:summary" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="(t:corresp-desc($tei)/tei:note[normalize-space()],
      $tei/tei:teiHeader/tei:profileDesc/tei:abstract[normalize-space()])"/>
  </xsl:function>

  <!-- The publications a letter is printed in: the source's citations that name a publication
       (a citation giving only the leaves of the manuscript is not one). -->
  <xsl:function name="t:printed-sources" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc/(tei:bibl | tei:biblStruct | tei:listBibl/(tei:bibl | tei:biblStruct))
      [text()[normalize-space()] or .//(tei:title | tei:author | tei:editor | tei:publisher | tei:pubPlace | tei:imprint)[normalize-space()]]"/>
  </xsl:function>

  <!-- Documents that are not letters to render stop the transformation with error t:refused and one line starting 'not rendered: ':
       another vocabulary, a teiCorpus without TEI, and letter metadata without text (a CMIF file). -->
  <xsl:function name="t:refuse-non-letters" as="empty-sequence()">
    <xsl:param name="root" as="element()"/>
    <xsl:variable name="descs" select="count($root/tei:teiHeader//tei:correspDesc)"/>
    <xsl:choose>
      <xsl:when test="not($root/self::tei:TEI or $root/self::tei:teiCorpus)">
        <xsl:sequence select="error(xs:QName('t:refused'), 'not rendered: the root element is ' || local-name($root)
          || (if (namespace-uri($root)) then ' in namespace ' || namespace-uri($root) else ' in no namespace')
          || ', not TEI or teiCorpus in ' || namespace-uri-for-prefix('tei', $t:tei-namespace-holder))"/>
      </xsl:when>
      <xsl:when test="$root/self::tei:teiCorpus and empty($root//tei:TEI)">
        <xsl:sequence select="error(xs:QName('t:refused'), 'not rendered: a teiCorpus without any TEI document')"/>
      </xsl:when>
      <xsl:when test="$root/self::tei:TEI and $descs gt 0 and empty($root/tei:text//text()[normalize-space()])">
        <xsl:sequence select="error(xs:QName('t:refused'), 'not rendered: the metadata of ' || $descs || ' letter(s) without their text'
          || ' (a CMIF file; teikit export reads it)')"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>
  <xsl:variable name="t:tei-namespace-holder" as="element()"><tei:TEI/></xsl:variable>
</xsl:stylesheet>
