<?xml version="1.0" encoding="UTF-8"?>
<!-- What the editors did to the text: supplied words in brackets, gaps as [...],
     corrections, expansions, deletions and additions. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:supplied" mode="html" as="element()">
    <span>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:attribute name="title" select="string-join(('supplied by the editors', @reason), ': ')"/>
      <xsl:text>[</xsl:text>
      <xsl:apply-templates mode="html"/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="tei:gap" mode="html" as="element()">
    <span class="gap" title="{string-join(('gap', @reason, @quantity ! (. || ' ' || ../@unit)), ': ')}">[...]</span>
  </xsl:template>

  <xsl:template match="tei:unclear | tei:damage" mode="html" as="element()">
    <span>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:attribute name="title" select="local-name()"/>
      <xsl:apply-templates mode="html"/>
    </span>
  </xsl:template>

  <!-- A choice shows the reading the edition prefers and offers the other on hover. -->
  <xsl:template match="tei:choice" mode="html" as="element()">
    <xsl:variable name="shown" select="(tei:corr, tei:reg, tei:abbr, tei:orig, tei:sic, *)[1]"/>
    <span class="choice" title="{string-join((* except $shown) ! (local-name() || ': ' || normalize-space()), '; ')}">
      <xsl:apply-templates select="$shown/node()" mode="html"/>
    </span>
  </xsl:template>

  <!-- The expansions of the abbreviations the text shows, after the notes. -->
  <xsl:template name="t:abbreviation-list" as="element()?">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <xsl:variable name="pairs" select="t:abbreviations($tei)"/>
    <xsl:if test="exists($pairs)">
      <section class="abbreviations" lang="{$label-lang}">
        <h2><xsl:value-of select="t:label('abbreviations', $label-lang)"/></h2>
        <dl>
          <xsl:for-each select="$pairs">
            <div class="field"><dt><xsl:value-of select="?abbr"/></dt><dd><xsl:value-of select="?expan"/></dd></div>
          </xsl:for-each>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:sic" mode="html" as="element()">
    <span>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:apply-templates mode="html"/>
      <span class="sic-mark"> [sic]</span>
    </span>
  </xsl:template>

  <xsl:template match="tei:corr | tei:reg | tei:expan | tei:orig" mode="html" as="element()">
    <span>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:attribute name="title" select="local-name()"/>
      <xsl:apply-templates mode="html"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:abbr" mode="html" as="element()">
    <abbr><xsl:sequence select="t:attrs(.)"/><xsl:apply-templates mode="html"/></abbr>
  </xsl:template>

  <xsl:template match="tei:del" mode="html" as="element()">
    <del><xsl:sequence select="t:attrs(.)"/><xsl:apply-templates mode="html"/></del>
  </xsl:template>

  <xsl:template match="tei:add" mode="html" as="element()">
    <ins>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:attribute name="title" select="string-join(('added', @place), ': ')"/>
      <xsl:apply-templates mode="html"/>
    </ins>
  </xsl:template>
</xsl:stylesheet>
