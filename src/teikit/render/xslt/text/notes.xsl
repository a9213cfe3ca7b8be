<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes in the printed text: a marker [n] where the note stands, the notes
     numbered at the end. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:note" mode="text" as="text()*">
    <xsl:param name="note-numbers" as="map(xs:string, xs:integer)" tunnel="yes" select="map{}"/>
    <xsl:variable name="n" select="$note-numbers(generate-id())"/>
    <xsl:choose>
      <xsl:when test="exists($n)"><xsl:value-of select="'[' || $n || ']'"/></xsl:when>
      <xsl:otherwise>
        <xsl:text> (</xsl:text>
        <xsl:apply-templates mode="text"/>
        <xsl:text>)</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The marker a note carried in the source ("1", "one", "*"): the footnote number replaces it. -->
  <xsl:template match="tei:note/tei:label[@type = 'marker']" mode="text"/>

  <!-- A notes division without notes (only its heading) shows nothing. -->
  <xsl:template match="tei:div[@type = 'notes'][not(tei:note)]" mode="text"/>

  <!-- The expansions of the abbreviations the text shows, after the notes. -->
  <xsl:template name="t:text-abbreviations" as="text()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <xsl:variable name="pairs" select="t:abbreviations($tei)"/>
    <xsl:if test="exists($pairs)">
      <xsl:value-of select="$t:para, t:label('abbreviations', $label-lang), $t:para" separator=""/>
      <xsl:for-each select="$pairs">
        <xsl:value-of select="?abbr || '&#9;' || ?expan, $t:line" separator=""/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="t:text-footnotes" as="text()*">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <xsl:if test="exists($notes)">
      <xsl:value-of select="$t:para, t:label('notes', $label-lang), $t:para" separator=""/>
      <xsl:for-each select="$notes">
        <xsl:variable name="body" as="text()*">
          <xsl:apply-templates mode="text"/>
        </xsl:variable>
        <!-- A note's own paragraphs continue under its label. -->
        <xsl:value-of select="'[' || position() || ']&#9;' || translate(string-join($body), '&#10;', ' '), $t:line" separator=""/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
