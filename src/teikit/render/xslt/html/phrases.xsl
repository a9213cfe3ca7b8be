<?xml version="1.0" encoding="UTF-8"?>
<!-- Phrase-level TEI: typography (hi/@rend), quotations, titles, dates, links,
     and the milestones lb and pb, shown unobtrusively. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- hi: the CSS gives each rend token (italic, bold, underline, superscript, spaced ...) its typography. -->
  <xsl:template match="tei:hi" mode="html" as="element()">
    <span>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:if test="empty(@rend | @rendition | @style)">
        <xsl:attribute name="class" select="'hi rend-italic'"/>
      </xsl:if>
      <xsl:apply-templates mode="html"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:emph" mode="html" as="element()">
    <em><xsl:sequence select="t:attrs(.)"/><xsl:apply-templates mode="html"/></em>
  </xsl:template>

  <xsl:template match="tei:foreign | tei:term | tei:mentioned | tei:soCalled | tei:seg | tei:label
      | tei:title | tei:bibl | tei:biblStruct | tei:c | tei:g | tei:num | tei:measure" mode="html" as="element()">
    <span><xsl:sequence select="t:attrs(.)"/><xsl:apply-templates mode="html"/></span>
  </xsl:template>

  <!-- Quotation marks follow the language of the page (the browser's <q>). -->
  <xsl:template match="tei:q | tei:said" mode="html" as="element()">
    <q><xsl:sequence select="t:attrs(.)"/><xsl:apply-templates mode="html"/></q>
  </xsl:template>

  <!-- Dates: machine-readable where the ISO value is a date; square brackets where the editors supplied one. -->
  <xsl:template match="tei:date" mode="html" as="element()">
    <xsl:variable name="iso" select="(@when, @from, @notBefore)[1][matches(., '^\d{4}(-\d\d){0,2}$')]"/>
    <xsl:element name="{if ($iso) then 'time' else 'span'}">
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:if test="$iso"><xsl:attribute name="datetime" select="$iso"/></xsl:if>
      <xsl:variable name="bracket" select="t:needs-brackets(.)"/>
      <xsl:if test="$bracket">[</xsl:if>
      <xsl:apply-templates mode="html"/>
      <xsl:if test="not(normalize-space())"><xsl:value-of select="t:iso-date-label(.)"/></xsl:if>
      <xsl:if test="$bracket">]</xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- Links: only to the web; local pointers to other files show their words. -->
  <xsl:template match="tei:ref" mode="html" as="element()">
    <xsl:variable name="url" select="tokenize(normalize-space(@target), ' ')[t:is-web-url(.)][1]"/>
    <xsl:element name="{if ($url) then 'a' else 'span'}">
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:if test="$url"><xsl:attribute name="href" select="$url"/></xsl:if>
      <xsl:apply-templates mode="html"/>
      <xsl:value-of select="t:empty-ref-words(.)"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:ptr" mode="html" as="element()?">
    <xsl:variable name="url" select="tokenize(normalize-space(@target), ' ')[t:is-web-url(.)][1]"/>
    <xsl:if test="$url">
      <a class="ptr" href="{$url}">↗</a>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:space" mode="html" as="text()">
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- Text beside a line break: a word broken at the line end is joined (see t:joins). -->
  <xsl:template match="text()[t:beside-lb(.)]" mode="html" as="text()">
    <xsl:value-of select="t:joined-text(.)"/>
  </xsl:template>

  <!-- Line breaks: real ones in the parts of a letter that are set line by line, a faint mark in prose. -->
  <xsl:template match="tei:lb" mode="html" as="node()?">
    <xsl:choose>
      <xsl:when test="t:joins(.)"/>
      <xsl:when test="ancestor::tei:opener or ancestor::tei:closer or ancestor::tei:address or ancestor::tei:salute
          or ancestor::tei:signed or ancestor::tei:dateline or ancestor::tei:head">
        <br/>
      </xsl:when>
      <!-- On paper a line break in prose is a space (an empty span there upsets WeasyPrint's line breaking). -->
      <xsl:when test="$paged"><xsl:text> </xsl:text></xsl:when>
      <xsl:when test="preceding-sibling::* or preceding-sibling::text()[normalize-space()]">
        <span class="lb" title="line break"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:pb" mode="html" as="element()">
    <span class="pb" title="page break">
      <xsl:value-of select="(@n ! ('p. ' || .), '‖')[1]"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:cb | tei:milestone | tei:handShift | tei:metamark[not(node())]" mode="html"/>

  <!-- Anchors: a note marker whose note is missing shows as such; other anchors show their content. -->
  <xsl:template match="tei:anchor[@type = 'note-marker']" mode="html" as="element()">
    <sup class="note-marker-orphan" title="note marker without a note">
      <xsl:value-of select="(@n, '*')[1]"/>
    </sup>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="html" as="node()*">
    <xsl:apply-templates mode="html"/>
  </xsl:template>
</xsl:stylesheet>
