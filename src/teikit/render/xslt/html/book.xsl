<?xml version="1.0" encoding="UTF-8"?>
<!-- A book of many letters for print: title page, contents with page numbers, the letters
     (each from a new page, its title as running head), one index of persons, organisations and
     places with the pages they are named on. Page numbers come from CSS paged media
     (target-counter), so they are those of the printed PDF. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template name="t:book" as="element()*">
    <xsl:param name="corpus" as="element()"/>
    <xsl:param name="documents" as="element()*"/>
    <xsl:param name="articles" as="element()*"/>
    <xsl:variable name="lang" select="t:label-lang($documents[1])"/>
    <xsl:variable name="dates" select="$documents ! t:letter-date(t:letter-facts(.))"/>
    <section class="title-page" lang="{$lang}">
      <h1 class="book-title"><xsl:value-of select="(normalize-space(t:title($corpus))[.], t:label('letters', $lang))[1]"/></h1>
      <p class="book-extent">
        <xsl:value-of select="count($documents) || ' ' || t:label('letters', $lang)"/>
        <xsl:variable name="years" select="$dates ! (@when, @from, @notBefore, @when-iso)[1] ! substring(., 1, 4)[matches(., '^\d{4}$')]"/>
        <xsl:if test="exists($years)">
          <xsl:value-of select="', ' || min($years ! xs:integer(.)) || (if (count(distinct-values($years)) gt 1) then '–' || max($years ! xs:integer(.)) else '')"/>
        </xsl:if>
      </p>
    </section>
    <nav class="toc" lang="{$lang}">
      <h2><xsl:value-of select="t:label('contents', $lang)"/></h2>
      <ol>
        <xsl:for-each select="$articles">
          <li><a href="#{@id}"><xsl:value-of select="normalize-space((.//*:h1)[1])"/></a></li>
        </xsl:for-each>
        <li class="toc-index"><a href="#book-index"><xsl:value-of select="t:label('index', $lang)"/></a></li>
      </ol>
    </nav>
    <xsl:sequence select="$articles"/>
    <xsl:call-template name="t:book-index">
      <xsl:with-param name="documents" select="$documents"/>
      <xsl:with-param name="articles" select="$articles"/>
      <xsl:with-param name="lang" select="$lang"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The index of the whole book: each person, organisation and place once (by register entry, else by
       what @ref points at), with the page of its first mention in each letter. -->
  <xsl:template name="t:book-index" as="element()">
    <xsl:param name="documents" as="element()*"/>
    <xsl:param name="articles" as="element()*"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="shown" select="$articles//@id ! string(.)"/>
    <xsl:variable name="mentions" as="map(*)*">
      <xsl:for-each select="$documents">
        <xsl:variable name="letter" select="position()"/>
        <xsl:variable name="prefix" select="'d' || $letter || '-m-'"/>
        <xsl:variable name="numbers" select="t:mention-numbers(.)"/>
        <xsl:for-each select=".//*[@ref][t:is-mention(.)][not(ancestor::*[@ref][t:is-mention(.)])]">
          <xsl:variable name="id" select="$prefix || $numbers(generate-id())"/>
          <xsl:variable name="entry" select="t:entry(.)"/>
          <xsl:variable name="kind" select="if ($entry) then replace(local-name($entry), 'Grp$', '')
            else if (self::tei:persName) then 'person' else if (self::tei:placeName) then 'place'
            else if (self::tei:orgName) then 'org' else string(@type)"/>
          <xsl:if test="$id = $shown and $kind = ('person', 'place', 'org')">
            <xsl:sequence select="map{ 'id': $id, 'letter': $letter, 'kind': $kind,
              'key': if ($entry/@xml:id) then string($entry/@xml:id) else normalize-space(@ref),
              'label': if ($entry) then t:name-label(t:main-name($entry)) else normalize-space(.),
              'dates': if ($entry) then string(t:life-dates($entry, $lang)) else '' }"/>
          </xsl:if>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <section class="index book-index" id="book-index" lang="{$lang}">
      <h2><xsl:value-of select="t:label('index', $lang)"/></h2>
      <xsl:for-each select="$t:index-groups">
        <xsl:variable name="kind" select="?kind"/>
        <xsl:variable name="group" select="$mentions[?kind = $kind]"/>
        <xsl:if test="exists($group)">
          <h3><xsl:value-of select="t:label(?heading, $lang)"/></h3>
          <ul>
            <xsl:for-each-group select="$group" group-by="?key">
              <xsl:sort select="lower-case(current-group()[1]?label)"/>
              <li>
                <span class="idx-name"><xsl:value-of select="current-group()[1]?label"/></span>
                <xsl:if test="current-group()[1]?dates">
                  <span class="idx-dates"> (<xsl:value-of select="current-group()[1]?dates"/>)</span>
                </xsl:if>
                <span class="idx-pages">
                  <xsl:for-each-group select="current-group()" group-by="?letter">
                    <a class="page-ref" href="#{current-group()[1]?id}"/>
                  </xsl:for-each-group>
                </span>
              </li>
            </xsl:for-each-group>
          </ul>
        </xsl:if>
      </xsl:for-each>
    </section>
  </xsl:template>
</xsl:stylesheet>
