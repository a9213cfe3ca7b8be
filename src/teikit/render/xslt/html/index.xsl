<?xml version="1.0" encoding="UTF-8"?>
<!-- Persons, organisations and places: each mention links to its register entry
     in the index at the foot of the page, and each entry links back to its mentions. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:persName | tei:orgName | tei:placeName | tei:rs | tei:name" mode="html" as="element()">
    <xsl:param name="mention-numbers" as="map(xs:string, xs:integer)" tunnel="yes" select="map{}"/>
    <xsl:variable name="outermost" select="exists(@ref) and not(ancestor::*[@ref][t:is-mention(.)])"/>
    <!-- A book has one index at its end, which gives pages: mentions link to no index entry there. -->
    <xsl:variable name="entry" select="(if ($outermost and not($book)) then t:entry(.) else ())[@xml:id]"/>
    <xsl:element name="{if ($entry) then 'a' else 'span'}">
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:if test="$entry">
        <xsl:attribute name="href" select="'#idx-' || $entry/@xml:id"/>
      </xsl:if>
      <!-- Every mention can be pointed at (a book's index gives its page), with or without a register entry. -->
      <xsl:if test="$outermost">
        <xsl:attribute name="id" select="'m-' || ($mention-numbers(generate-id()), generate-id())[1]"/>
      </xsl:if>
      <xsl:apply-templates mode="html"/>
    </xsl:element>
  </xsl:template>


  <!-- The index of the entries that the rendered page links to; $links are those links. -->
  <xsl:template name="t:index" as="element()?">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="links" as="element()*"/>
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <!-- The ids of the mentions of each entry, in page order. -->
    <xsl:variable name="mentions" as="map(xs:string, xs:string*)" select="map:merge(
      $links ! map{ substring-after(@href, '#idx-'): string(@id) }, map{ 'duplicates': 'combine' })"/>
    <xsl:variable name="entries" select="distinct-values($links/@href ! substring-after(., '#idx-'))
      ! key('entry', ., root($tei))[1]"/>
    <xsl:if test="exists($entries)">
      <section class="index" lang="{$label-lang}">
        <h2><xsl:value-of select="t:label('index', $label-lang)"/></h2>
        <xsl:for-each select="$t:index-groups">
          <xsl:variable name="kind" select="?kind"/>
          <xsl:variable name="group" select="$entries[local-name() = ($kind, $kind || 'Grp')]"/>
          <xsl:if test="exists($group)">
            <h3><xsl:value-of select="t:label(?heading, $label-lang)"/></h3>
            <ul class="index-{$kind}">
              <xsl:apply-templates select="sort($group, (), t:sort-key#1)" mode="index-entry">
                <xsl:with-param name="mentions" select="$mentions"/>
              </xsl:apply-templates>
            </ul>
          </xsl:if>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:mode name="index-entry" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:template match="*" mode="index-entry" as="element()">
    <xsl:param name="mentions" as="map(xs:string, xs:string*)"/>
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <xsl:variable name="main" select="t:main-name(.)"/>
    <li id="idx-{@xml:id}">
      <span class="idx-name">
        <xsl:sequence select="$main/@xml:lang ! t:attrs($main)[name() = 'lang']"/>
        <xsl:value-of select="t:name-label($main)"/>
      </span>
      <xsl:for-each select="t:life-dates(., $label-lang)">
        <span class="idx-dates"> (<xsl:value-of select="."/>)</span>
      </xsl:for-each>
      <xsl:if test="@cert = 'low'"><span class="idx-cert"><xsl:value-of select="' ' || t:label('unconfirmed', $label-lang)"/></span></xsl:if>
      <xsl:for-each select="t:occupations(.)">
        <span class="idx-occupation"><xsl:value-of select="."/></span>
      </xsl:for-each>
      <xsl:for-each select="t:other-names(.)">
        <span class="idx-variant"><xsl:value-of select="."/></span>
      </xsl:for-each>
      <xsl:for-each select="tei:note[normalize-space()][1]">
        <span class="idx-note"><xsl:value-of select="normalize-space()"/></span>
      </xsl:for-each>
      <xsl:for-each select="t:authority-links(.)">
        <a class="idx-authority" href="{?url}"><xsl:value-of select="?label"/></a>
      </xsl:for-each>
      <span class="idx-back">
        <xsl:for-each select="$mentions(@xml:id)">
          <a href="#{.}" title="{t:label('mention', $label-lang)} {position()}">↑</a>
        </xsl:for-each>
      </span>
    </li>
  </xsl:template>
</xsl:stylesheet>
