<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI P5 to plain text for print, lightly structured for the folding step:
     a blank line separates paragraphs, a line break keeps a line of its own,
     and a tab after a leading label ("[1]", "Date:") asks for a hanging indent.
     Folding to the page width happens after this stylesheet; words are never broken. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:include href="common/functions.xsl"/>
  <xsl:include href="common/letter.xsl"/>
  <xsl:include href="text/header.xsl"/>
  <xsl:include href="text/blocks.xsl"/>
  <xsl:include href="text/phrases.xsl"/>
  <xsl:include href="text/notes.xsl"/>
  <xsl:include href="text/index.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- The text: one template per TEI element; an element without one shows its content. -->
  <xsl:mode name="text" on-no-match="text-only-copy" on-multiple-match="fail"/>

  <!-- Width of the printed line, for rules; the folding step wraps to the same width. -->
  <xsl:param name="width" as="xs:integer" select="72"/>

  <!-- Paragraph and line separators. -->
  <xsl:variable name="t:para" as="xs:string" select="'&#10;&#10;'"/>
  <xsl:variable name="t:line" as="xs:string" select="'&#10;'"/>

  <xsl:template match="/" as="text()*">
    <xsl:sequence select="t:refuse-non-letters(*)"/>
    <!-- A teiCorpus: each document in turn, parted by a double rule. -->
    <xsl:for-each select="if (tei:teiCorpus) then //tei:TEI else *">
      <xsl:if test="position() gt 1">
        <xsl:value-of select="$t:para, t:rule('=', $width), $t:para" separator=""/>
      </xsl:if>
      <xsl:apply-templates select="." mode="text-page"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:mode name="text-page" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:template match="*" mode="text-page" as="text()*">
    <xsl:variable name="numbers" select="t:note-numbers(.)"/>
    <xsl:variable name="label-lang" select="t:label-lang(.)"/>
    <xsl:apply-templates select="tei:teiHeader" mode="text-header">
      <xsl:with-param name="label-lang" tunnel="yes" select="$label-lang"/>
    </xsl:apply-templates>
    <xsl:apply-templates select="tei:text" mode="text">
      <xsl:with-param name="note-numbers" tunnel="yes" select="$numbers"/>
      <xsl:with-param name="label-lang" tunnel="yes" select="$label-lang"/>
    </xsl:apply-templates>
    <xsl:call-template name="t:text-footnotes">
      <xsl:with-param name="notes" select="t:footnotes(.)"/>
      <xsl:with-param name="note-numbers" tunnel="yes" select="$numbers"/>
      <xsl:with-param name="label-lang" tunnel="yes" select="$label-lang"/>
    </xsl:call-template>
    <xsl:call-template name="t:text-abbreviations">
      <xsl:with-param name="tei" select="."/>
      <xsl:with-param name="label-lang" tunnel="yes" select="$label-lang"/>
    </xsl:call-template>
    <xsl:call-template name="t:text-index">
      <xsl:with-param name="tei" select="."/>
      <xsl:with-param name="label-lang" tunnel="yes" select="$label-lang"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Running text: white space of the source becomes spaces (the folding step collapses runs);
       line structure comes from the templates. translate() is far cheaper than a regular expression,
       which only text beside a line break needs (words broken at the line end are joined). -->
  <xsl:template match="text()" mode="text" as="text()">
    <xsl:value-of select="translate(if (t:beside-lb(.)) then t:joined-text(.) else ., '&#9;&#10;&#13;', '   ')"/>
  </xsl:template>

  <xsl:function name="t:rule" as="xs:string">
    <xsl:param name="char" as="xs:string"/>
    <xsl:param name="length" as="xs:integer"/>
    <xsl:sequence select="string-join((1 to $length) ! $char)"/>
  </xsl:function>
</xsl:stylesheet>
