<?xml version="1.0" encoding="UTF-8"?>
<!-- The header block of the printed text: title, sender → recipient, labelled
     lines for date, place, archive, original and printed source, then a rule. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:mode name="text-header" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:template match="tei:teiHeader" mode="text-header" as="text()*">
    <xsl:variable name="tei" select=".."/>
    <xsl:variable name="sent" select="t:action($tei, 'sent')"/>
    <xsl:variable name="received" select="t:action($tei, 'received')"/>
    <xsl:variable name="source" select="tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="ms" select="($source//tei:msDesc)[1]"/>
    <xsl:variable name="title" select="normalize-space(string-join(t:flat(t:title($tei))))"/>
    <xsl:value-of select="$title, $t:line, t:rule('=', min((string-length($title), $width))), $t:line" separator=""/>
    <xsl:if test="$sent or $received">
      <xsl:value-of select="string-join(t:flat($sent/(tei:persName | tei:orgName | tei:name | tei:rs)), ', ')
        || ' → ' || string-join(t:flat($received/(tei:persName | tei:orgName | tei:name | tei:rs)), ', '), $t:line" separator=""/>
    </xsl:if>
    <xsl:value-of select="t:field('Date', t:flat($sent/tei:date[1])),
      t:field('Place', t:flat($sent/tei:placeName[1])),
      t:field('Archive', t:shelfmark($ms)),
      t:field('Original', t:form-label(($ms/tei:physDesc/tei:objectDesc/@form)[1])),
      t:field('Citation', $ms/tei:msIdentifier/tei:altIdentifier/tei:idno[@type = 'citation'] ! string(.)),
      t:field('Printed in', t:flat($source/(tei:bibl | tei:biblStruct | tei:listBibl/(tei:bibl | tei:biblStruct)))),
      t:field('First published', t:flat($ms/tei:additional//(tei:bibl | tei:biblStruct)))" separator=""/>
    <xsl:value-of select="t:rule('-', $width), $t:para" separator=""/>
  </xsl:template>

  <!-- The words of elements as the text rendering shows them. -->
  <xsl:function name="t:flat" as="xs:string*">
    <xsl:param name="elements" as="element()*"/>
    <xsl:for-each select="$elements">
      <xsl:variable name="words" as="text()*">
        <xsl:apply-templates select="." mode="text"/>
      </xsl:variable>
      <xsl:sequence select="normalize-space(string-join($words))"/>
    </xsl:for-each>
  </xsl:function>

  <!-- "Date:            [August 1924]" with a tab that asks for a hanging indent; nothing when empty. -->
  <xsl:function name="t:field" as="xs:string?">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:variable name="value" select="string-join($values[normalize-space()], '; ')"/>
    <xsl:sequence select="if ($value) then
      substring($label || ':' || t:rule(' ', 16), 1, 16) || '&#9;' || $value || $t:line else ()"/>
  </xsl:function>
</xsl:stylesheet>
