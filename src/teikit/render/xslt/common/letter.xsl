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

  <!-- A name typed with a role counts for that role, whatever action holds it. -->
  <xsl:variable name="t:role-kinds" as="map(xs:string, xs:string)"
      select="map{ 'sender': 'sent', 'addressee': 'received', 'recipient': 'received' }"/>
  <!-- particDesc: the roles of a participant that make it a correspondent. -->
  <xsl:variable name="t:participant-kinds" as="map(xs:string, xs:string)"
      select="map{ 'sender': 'sent', 'author': 'sent', 'addressee': 'received', 'recipient': 'received' }"/>
  <!-- The early draft's parts: element name -> the action it belongs to. -->
  <xsl:variable name="t:draft-kinds" as="map(xs:string, xs:string)" select="map{
    'sender': 'sent', 'placeSender': 'sent', 'dateSender': 'sent',
    'addressee': 'received', 'placeAddressee': 'received', 'dateAddressee': 'received' }"/>

  <!-- The one correspDesc of a single-letter document, wherever its header keeps it; none when there
       are several (a CMIF file). -->
  <xsl:function name="t:corresp-desc" as="element(tei:correspDesc)?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="descs" select="$tei/tei:teiHeader//tei:correspDesc"/>
    <xsl:sequence select="if (count($descs) eq 1) then $descs else ()"/>
  </xsl:function>

  <!-- The parts of a correspDesc that belong to an action: correspAction and the draft's elements. -->
  <xsl:function name="t:action-parts" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="desc" select="t:corresp-desc($tei)"/>
    <xsl:sequence select="$desc/tei:correspAction[(@type, 'sent')[1] = $kind],
      $desc/*[$t:draft-kinds(local-name()) = $kind]"/>
  </xsl:function>

  <!-- Names, places and dates directly inside a part (not a forename inside a persName ...). -->
  <xsl:function name="t:top-level" as="element()*">
    <xsl:param name="part" as="element()"/>
    <xsl:sequence select="$part//(tei:persName | tei:orgName | tei:name | tei:rs | tei:placeName | tei:settlement | tei:date)
      [not(ancestor::*[. >> $part][self::tei:persName | self::tei:orgName | self::tei:name | self::tei:rs
        | self::tei:placeName | self::tei:settlement | self::tei:date])]"/>
  </xsl:function>

  <!-- Whether a name points at a place entry of the document (a place written as a name). -->
  <xsl:function name="t:names-place" as="xs:boolean">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="exists(t:entry($name)[self::tei:place])"/>
  </xsl:function>

  <!-- The persons and organisations of the sending ('sent') or receiving ('received') side. -->
  <xsl:function name="t:parties" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="desc" select="t:corresp-desc($tei)"/>
    <xsl:variable name="from-desc" select="
      for $part in ($desc/tei:correspAction, $desc/(tei:sender | tei:addressee)) return
        let $part-kind := if ($part/self::tei:correspAction) then ($part/@type, 'sent')[1] else $t:draft-kinds(local-name($part))
        return t:top-level($part)[self::tei:persName | self::tei:orgName | self::tei:name | self::tei:rs]
          [($t:role-kinds(string(@type)), $part-kind)[1] = $kind][not(t:names-place(.))]"/>
    <xsl:sequence select="if (exists($desc)) then $from-desc/. else t:particDesc-parties($tei, $kind)"/>
  </xsl:function>

  <!-- particDesc with roles: the main name of each participant whose @role names the side. -->
  <xsl:function name="t:particDesc-parties" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:profileDesc/tei:particDesc//(tei:person | tei:personGrp | tei:org)
      [tokenize(normalize-space(@role)) ! $t:participant-kinds(.) = $kind] ! t:main-name(.)"/>
  </xsl:function>

  <!-- The places of a side: place names and settlements, and names pointing at a place. -->
  <xsl:function name="t:places" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="t:action-parts($tei, $kind)[not(self::tei:sender | self::tei:addressee | self::tei:dateSender | self::tei:dateAddressee)]
      ! t:top-level(.)[self::tei:placeName | self::tei:settlement or (not(self::tei:date) and t:names-place(.))]"/>
  </xsl:function>

  <!-- The date of a side: the first date of its parts. -->
  <xsl:function name="t:side-date" as="element(tei:date)?">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="(t:action-parts($tei, $kind)[not(self::tei:sender | self::tei:addressee | self::tei:placeSender | self::tei:placeAddressee)]
      ! t:top-level(.)[self::tei:date])[1]"/>
  </xsl:function>

  <!-- The date of the letter: the sending date, else the first date of any action. -->
  <xsl:function name="t:letter-date" as="element(tei:date)?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="(t:side-date($tei, 'sent'), t:corresp-desc($tei)/*/t:top-level(.)[self::tei:date])[1]"/>
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
      <xsl:when test="$root/self::tei:TEI and $descs gt 0 and not(normalize-space($root/tei:text))">
        <xsl:sequence select="error(xs:QName('t:refused'), 'not rendered: the metadata of ' || $descs || ' letter(s) without their text'
          || ' (a CMIF file; teikit export reads it)')"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>
  <xsl:variable name="t:tei-namespace-holder" as="element()"><tei:TEI/></xsl:variable>
</xsl:stylesheet>
