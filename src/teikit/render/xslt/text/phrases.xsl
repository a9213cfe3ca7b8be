<?xml version="1.0" encoding="UTF-8"?>
<!-- Phrase level in the printed text: editorial signs in brackets, dates,
     line and page breaks; typography is left to the words. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:supplied" mode="text" as="text()*">
    <xsl:text>[</xsl:text>
    <xsl:apply-templates mode="text"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:ref" mode="text" as="text()*">
    <xsl:apply-templates mode="text"/>
    <xsl:value-of select="t:empty-ref-words(.)"/>
  </xsl:template>

  <xsl:template match="tei:gap" mode="text" as="text()">
    <xsl:text>[...]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:date" mode="text" as="text()*">
    <xsl:variable name="bracket" select="t:needs-brackets(.)"/>
    <xsl:if test="$bracket">[</xsl:if>
    <xsl:apply-templates mode="text"/>
    <xsl:if test="not(normalize-space())"><xsl:value-of select="t:iso-date-label(.)"/></xsl:if>
    <xsl:if test="$bracket">]</xsl:if>
  </xsl:template>

  <!-- A choice shows the reading the edition prefers: the correction, the regularised or abbreviated form. -->
  <xsl:template match="tei:choice" mode="text" as="text()*">
    <xsl:apply-templates select="(tei:corr, tei:reg, tei:abbr, tei:orig, tei:sic, *)[1]/node()" mode="text"/>
  </xsl:template>

  <xsl:template match="tei:sic" mode="text" as="text()*">
    <xsl:apply-templates mode="text"/>
    <xsl:text> [sic]</xsl:text>
  </xsl:template>

  <!-- Deletions in double brackets, additions between \ and / (Leiden conventions). -->
  <xsl:template match="tei:del" mode="text" as="text()*">
    <xsl:text>⟦</xsl:text>
    <xsl:apply-templates mode="text"/>
    <xsl:text>⟧</xsl:text>
  </xsl:template>

  <xsl:template match="tei:add" mode="text" as="text()*">
    <xsl:text>\</xsl:text>
    <xsl:apply-templates mode="text"/>
    <xsl:text>/</xsl:text>
  </xsl:template>

  <xsl:template match="tei:q | tei:said" mode="text" as="text()*">
    <xsl:text>“</xsl:text>
    <xsl:apply-templates mode="text"/>
    <xsl:text>”</xsl:text>
  </xsl:template>

  <!-- Line breaks: kept in the parts of a letter set line by line; a space in prose (none inside a word). -->
  <xsl:template match="tei:lb" mode="text" as="text()?">
    <xsl:choose>
      <xsl:when test="t:joins(.)"/>
      <xsl:when test="ancestor::tei:opener or ancestor::tei:closer or ancestor::tei:address or ancestor::tei:salute
          or ancestor::tei:signed or ancestor::tei:dateline">
        <xsl:value-of select="$t:line"/>
      </xsl:when>
      <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:pb[@n]" mode="text" as="text()">
    <xsl:value-of select="' |' || @n || '| '"/>
  </xsl:template>

  <xsl:template match="tei:space" mode="text" as="text()">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:anchor[@type = 'note-marker']" mode="text" as="text()">
    <xsl:value-of select="'[' || (@n, '*')[1] || ']'"/>
  </xsl:template>

  <!-- A printed source given as parts: the parts joined by commas, editors after "ed.". -->
  <xsl:template match="tei:bibl[* and not(text()[normalize-space()])] | tei:biblStruct" mode="text" as="text()*">
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <xsl:variable name="editors" select="string-join(t:citation-editors(.) ! normalize-space(), ', ')"/>
    <xsl:value-of select="string-join(t:citation-parts(.) ! replace(normalize-space(), '[.,;:]$', ''), ', ')
      || (if ($editors) then ', ' || t:label('edited-by', $label-lang) || ' ' || $editors else '')"/>
  </xsl:template>

  <xsl:template match="tei:pb | tei:cb | tei:milestone | tei:handShift | tei:ptr | tei:figure/tei:figDesc/@*" mode="text"/>
</xsl:stylesheet>
