<?xml version="1.0" encoding="UTF-8"?>
<!-- The header block of the printed text: title, sender → recipient, labelled
     lines for date, place, archive, original and printed source, then a rule. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:mode name="text-header" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:template match="tei:teiHeader" mode="text-header" as="text()*">
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <xsl:variable name="tei" select=".."/>
    <xsl:variable name="facts" select="t:letter-facts($tei)"/>
    <xsl:variable name="senders" select="t:parties($facts, 'sent')"/>
    <xsl:variable name="recipients" select="t:parties($facts, 'received')"/>
    <xsl:variable name="source" select="tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="ms" select="($source//tei:msDesc)[1]"/>
    <xsl:variable name="lang" select="$label-lang"/>
    <xsl:variable name="title" select="normalize-space(string-join(t:flat(t:title($tei), $lang)))"/>
    <xsl:value-of select="$title, $t:line, t:rule('=', min((string-length($title), $width))), $t:line" separator=""/>
    <xsl:if test="$senders or $recipients">
      <xsl:value-of select="string-join(t:flat($senders, $lang), ', ')
        || ' → ' || string-join(t:flat($recipients, $lang), ', '), $t:line" separator=""/>
    </xsl:if>
    <xsl:variable name="fields" as="map(xs:string, xs:string*)*" select="
      map{ 'date': t:flat(t:letter-date($facts), $lang) },
      map{ 'place': string-join(t:flat(t:places($facts, 'sent'), $lang), ', ') },
      map{ 'received-at': string-join(t:flat(t:places($facts, 'received'), $lang), ', ') },
      map{ 'summary': string-join(t:flat(t:summary($tei)/node(), $lang), ' ') },
      map{ 'archive': t:shelfmark($ms, $lang) },
      map{ 'original': t:form-label(($ms/tei:physDesc/tei:objectDesc/@form)[1], $lang) },
      map{ 'citation': $ms/tei:msIdentifier/tei:altIdentifier/tei:idno[@type = 'citation'] ! string(.) },
      map{ 'printed-in': t:flat(t:printed-sources($tei), $lang) },
      map{ 'first-published': t:flat($ms/tei:additional//(tei:bibl | tei:biblStruct), $lang) }"/>
    <!-- The values start in one column: past the longest label and its colon, 16 at least. -->
    <xsl:variable name="column" select="max((16, $fields ! (string-length(t:label(map:keys(.), $lang)) + 1)))"/>
    <xsl:for-each select="$fields">
      <xsl:value-of select="t:field(t:label(map:keys(.), $lang), ?*, $column)"/>
    </xsl:for-each>
    <xsl:value-of select="t:rule('-', $width), $t:para" separator=""/>
  </xsl:template>

  <!-- The words of elements as the text rendering shows them. -->
  <xsl:function name="t:flat" as="xs:string*">
    <xsl:param name="elements" as="node()*"/>
    <xsl:param name="label-lang" as="xs:string"/>
    <xsl:for-each select="$elements">
      <xsl:variable name="words" as="text()*">
        <xsl:apply-templates select="." mode="text">
          <xsl:with-param name="label-lang" tunnel="yes" select="$label-lang"/>
        </xsl:apply-templates>
      </xsl:variable>
      <xsl:sequence select="normalize-space(string-join($words))"/>
    </xsl:for-each>
  </xsl:function>

  <!-- "Date:            [August 1924]" with a tab that asks for a hanging indent; nothing when empty. -->
  <xsl:function name="t:field" as="xs:string?">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:param name="column" as="xs:integer"/>
    <xsl:variable name="value" select="string-join($values[normalize-space()], '; ')"/>
    <xsl:sequence select="if ($value) then
      substring($label || ':' || t:rule(' ', $column), 1, $column) || '&#9;' || $value || $t:line else ()"/>
  </xsl:function>
</xsl:stylesheet>
