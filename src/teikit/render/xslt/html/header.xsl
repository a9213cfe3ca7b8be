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
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <xsl:variable name="tei" select=".."/>
    <xsl:variable name="facts" select="t:letter-facts($tei)"/>
    <xsl:variable name="senders" select="t:parties($facts, 'sent')"/>
    <xsl:variable name="recipients" select="t:parties($facts, 'received')"/>
    <xsl:variable name="source" select="tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="ms" select="($source//tei:msDesc)[1]"/>
    <header class="doc-header">
      <h1 class="doc-title">
        <xsl:apply-templates select="t:title($tei)/node()" mode="html"/>
      </h1>
      <xsl:if test="$senders or $recipients">
        <p class="correspondents">
          <xsl:call-template name="t:names">
            <xsl:with-param name="names" select="$senders"/>
          </xsl:call-template>
          <span class="arrow" aria-label="{t:label('to', $label-lang)}"> → </span>
          <xsl:call-template name="t:names">
            <xsl:with-param name="names" select="$recipients"/>
          </xsl:call-template>
        </p>
      </xsl:if>
      <dl class="doc-meta">
        <xsl:call-template name="t:field">
          <xsl:with-param name="key" select="'date'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:apply-templates select="t:letter-date($facts)" mode="html"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="key" select="'place'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:call-template name="t:names">
              <xsl:with-param name="names" select="t:places($facts, 'sent')"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="key" select="'received-at'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:call-template name="t:names">
              <xsl:with-param name="names" select="t:places($facts, 'received')"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="key" select="'summary'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:apply-templates select="t:summary($tei)/node()" mode="html"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="key" select="'archive'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:value-of select="t:shelfmark($ms, $label-lang), t:repository-note($ms) ! ('(' || . || ')')"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="key" select="'original'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:value-of select="t:form-label(($ms/tei:physDesc/tei:objectDesc/@form)[1], $label-lang)"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="key" select="'citation'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:value-of select="$ms/tei:msIdentifier/tei:altIdentifier/tei:idno[@type = 'citation'] ! normalize-space(.)"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="key" select="'printed-in'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:apply-templates select="t:printed-sources($tei)" mode="html-header"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="key" select="'first-published'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:apply-templates select="$ms/tei:additional//(tei:bibl | tei:biblStruct)" mode="html-header"/>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
    </header>
  </xsl:template>

  <!-- A printed source as one citation: its parts joined by commas, then the editors after "ed.";
       a bibl written as running text keeps its words. -->
  <xsl:template match="tei:bibl | tei:biblStruct" mode="html-header" as="element()">
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <cite class="bibl">
      <xsl:choose>
        <xsl:when test="text()[normalize-space()]">
          <xsl:apply-templates mode="html"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="t:citation-parts(.)">
            <xsl:if test="position() gt 1">, </xsl:if>
            <xsl:element name="{if (self::tei:title) then 'i' else 'span'}">
              <xsl:variable name="words" as="node()*">
                <xsl:apply-templates select="node()" mode="html"/>
              </xsl:variable>
              <xsl:sequence select="t:without-final-stop($words)"/>
            </xsl:element>
          </xsl:for-each>
          <xsl:for-each select="t:citation-editors(.)">
            <xsl:value-of select="if (position() eq 1) then ', ' || t:label('edited-by', $label-lang) || ' ' else ', '"/>
            <xsl:apply-templates select="." mode="html"/>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </cite>
  </xsl:template>

  <!-- Rendered words without the full stop (or comma, colon ...) that ends them: a citation's commas separate its parts. -->
  <xsl:function name="t:without-final-stop" as="node()*">
    <xsl:param name="words" as="node()*"/>
    <xsl:variable name="last" select="$words[last()]"/>
    <xsl:choose>
      <xsl:when test="$last instance of text() and matches($last, '[.,;:]\s*$')">
        <xsl:sequence select="$words[position() lt last()]"/>
        <xsl:value-of select="replace($last, '[.,;:]\s*$', '')"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$words"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

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

  <!-- One labelled line of the header, the label in the labels' language; nothing when the value is empty. -->
  <xsl:template name="t:field" as="element()?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="node()*"/>
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <xsl:if test="normalize-space(string-join($value ! string(.), ''))">
      <div class="field">
        <dt lang="{$label-lang}"><xsl:value-of select="t:label($key, $label-lang)"/></dt>
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
