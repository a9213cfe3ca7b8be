<?xml version="1.0" encoding="UTF-8"?>
<!-- The header block: title, sender → recipient, date, place, archive and
     shelfmark, kind of original, the printed source. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:teiHeader" mode="html-header" as="element()">
    <xsl:variable name="tei" select=".."/>
    <xsl:variable name="sent" select="t:action($tei, 'sent')"/>
    <xsl:variable name="received" select="t:action($tei, 'received')"/>
    <xsl:variable name="source" select="tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="ms" select="($source//tei:msDesc)[1]"/>
    <header class="doc-header">
      <h1 class="doc-title">
        <xsl:apply-templates select="t:title($tei)/node()" mode="html"/>
      </h1>
      <xsl:if test="$sent or $received">
        <p class="correspondents">
          <xsl:call-template name="t:names">
            <xsl:with-param name="names" select="$sent/(tei:persName | tei:orgName | tei:name | tei:rs)"/>
          </xsl:call-template>
          <span class="arrow" aria-label="to"> → </span>
          <xsl:call-template name="t:names">
            <xsl:with-param name="names" select="$received/(tei:persName | tei:orgName | tei:name | tei:rs)"/>
          </xsl:call-template>
        </p>
      </xsl:if>
      <dl class="doc-meta">
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Date'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:apply-templates select="$sent/tei:date[1]" mode="html"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Place'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:apply-templates select="$sent/tei:placeName[1]" mode="html"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Archive'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:value-of select="t:shelfmark($ms), t:repository-note($ms) ! ('(' || . || ')')"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Original'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:value-of select="t:form-label(($ms/tei:physDesc/tei:objectDesc/@form)[1])"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Citation'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:value-of select="$ms/tei:msIdentifier/tei:altIdentifier/tei:idno[@type = 'citation'] ! normalize-space(.)"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Printed in'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:apply-templates select="$source/(tei:bibl | tei:biblStruct | tei:listBibl/(tei:bibl | tei:biblStruct))" mode="html-header"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'First published'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:apply-templates select="$ms/tei:additional//(tei:bibl | tei:biblStruct)" mode="html-header"/>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
    </header>
  </xsl:template>

  <!-- A printed source as one citation: structured parts joined by commas, editors after "ed.";
       a bibl written as running text keeps its words. -->
  <xsl:template match="tei:bibl | tei:biblStruct" mode="html-header" as="element()">
    <cite class="bibl">
      <xsl:choose>
        <xsl:when test="text()[normalize-space()]">
          <xsl:apply-templates mode="html"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="editors" select="descendant::tei:editor"/>
          <xsl:for-each select="descendant::*[not(*)][normalize-space()][not(self::tei:editor)]">
            <xsl:if test="position() gt 1">, </xsl:if>
            <xsl:element name="{if (self::tei:title) then 'i' else 'span'}">
              <xsl:apply-templates select="node()" mode="html"/>
            </xsl:element>
          </xsl:for-each>
          <xsl:if test="$editors">
            <xsl:text>, ed. </xsl:text>
            <xsl:for-each select="$editors">
              <xsl:if test="position() gt 1">, </xsl:if>
              <xsl:apply-templates select="node()" mode="html"/>
            </xsl:for-each>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </cite>
  </xsl:template>

  <!-- The register note on an archive, e.g. its name today. -->
  <xsl:function name="t:repository-note" as="xs:string?">
    <xsl:param name="ms" as="element(tei:msDesc)?"/>
    <xsl:variable name="repository" select="$ms/tei:msIdentifier/tei:repository[@ref][1]"/>
    <xsl:sequence select="$repository ! (t:ref-keys(@ref) ! key('entry', ., root($repository)))[1]/tei:note[1]/normalize-space()[.]"/>
  </xsl:function>

  <!-- Names separated by commas, each linked to the index. -->
  <xsl:template name="t:names" as="node()*">
    <xsl:param name="names" as="element()*"/>
    <xsl:for-each select="$names">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:apply-templates select="." mode="html"/>
    </xsl:for-each>
  </xsl:template>

  <!-- One labelled line of the header; nothing when the value is empty. -->
  <xsl:template name="t:field" as="element()?">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="node()*"/>
    <xsl:if test="normalize-space(string-join($value ! string(.), ''))">
      <div class="field">
        <dt lang="en"><xsl:value-of select="$label"/></dt>
        <dd>
          <xsl:for-each select="$value">
            <xsl:if test="position() gt 1 and . instance of element()"><xsl:text>; </xsl:text></xsl:if>
            <xsl:sequence select="."/>
          </xsl:for-each>
        </dd>
      </div>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
