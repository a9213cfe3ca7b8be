<?xml version="1.0" encoding="UTF-8"?>
<!-- Blocks of the printed text: paragraphs apart by blank lines, the lines of
     openers, closers and addresses each on a line of their own. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- Not running text: the header block and the index show them. -->
  <xsl:template match="tei:teiHeader | tei:facsimile | tei:standOff | tei:sourceDoc | tei:figure/tei:graphic
      | tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:listRelation" mode="text"/>

  <!-- Paragraph-like blocks. -->
  <xsl:template match="tei:p | tei:ab | tei:head | tei:opener | tei:closer | tei:postscript
      | tei:lg | tei:quote[tei:p | tei:lg] | tei:list | tei:table | tei:figure
      | tei:byline | tei:docAuthor | tei:trailer | tei:div[@type = 'notes']/tei:note" mode="text" as="text()*">
    <xsl:value-of select="$t:para"/>
    <xsl:apply-templates select="@n[parent::tei:note]" mode="text-label"/>
    <xsl:apply-templates mode="text"/>
    <xsl:value-of select="$t:para"/>
  </xsl:template>

  <xsl:mode name="text-label" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:template match="@n" mode="text-label" as="text()">
    <xsl:value-of select="'[' || . || ']&#9;'"/>
  </xsl:template>

  <xsl:template match="tei:body/tei:head[t:repeats-title(.)]" mode="text"/>

  <!-- Lines of their own. -->
  <xsl:template match="tei:salute | tei:signed | tei:dateline | tei:address | tei:addrLine | tei:l
      | tei:item | tei:list/tei:head | tei:row
      | tei:opener/tei:seg | tei:closer/tei:seg" mode="text" as="text()*">
    <xsl:value-of select="$t:line"/>
    <xsl:apply-templates mode="text"/>
    <xsl:value-of select="$t:line"/>
  </xsl:template>

  <!-- A speech (notes passed at a meeting): "Speaker: first paragraph", further paragraphs after it. -->
  <xsl:template match="tei:sp" mode="text" as="text()*">
    <xsl:variable name="said" select="* except tei:speaker"/>
    <xsl:value-of select="$t:para"/>
    <xsl:if test="tei:speaker">
      <xsl:apply-templates select="tei:speaker/node()" mode="text"/>
      <xsl:text>: </xsl:text>
    </xsl:if>
    <xsl:apply-templates select="$said[1]/self::tei:p/node(), $said[1][not(self::tei:p)]" mode="text"/>
    <xsl:value-of select="$t:para"/>
    <xsl:apply-templates select="$said[position() gt 1]" mode="text"/>
  </xsl:template>

  <!-- A bibliography: each entry on a line of its own. -->
  <xsl:template match="tei:listBibl" mode="text" as="text()*">
    <xsl:value-of select="$t:para"/>
    <xsl:for-each select="*">
      <xsl:value-of select="$t:line"/>
      <xsl:apply-templates select="." mode="text"/>
      <xsl:value-of select="$t:line"/>
    </xsl:for-each>
    <xsl:value-of select="$t:para"/>
  </xsl:template>

  <xsl:template match="tei:cell" mode="text" as="text()*">
    <xsl:if test="preceding-sibling::tei:cell"> | </xsl:if>
    <xsl:apply-templates mode="text"/>
  </xsl:template>
</xsl:stylesheet>
