<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI P5 to one self-contained HTML5 page: header block, text, footnotes, index.
     Parameters: paged (true for the PDF engine: footnotes float to the foot of each
     page, running head, page numbers) and paper ('a4' or 'letter'). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:include href="common/functions.xsl"/>
  <xsl:include href="common/letter.xsl"/>
  <xsl:include href="html/attributes.xsl"/>
  <xsl:include href="html/header.xsl"/>
  <xsl:include href="html/blocks.xsl"/>
  <xsl:include href="html/phrases.xsl"/>
  <xsl:include href="html/editorial.xsl"/>
  <xsl:include href="html/notes.xsl"/>
  <xsl:include href="html/index.xsl"/>
  <xsl:include href="html/book.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- The text: one template per TEI element; an element without one shows its content. -->
  <xsl:mode name="html" on-no-match="text-only-copy" on-multiple-match="fail"/>
  <!-- The header block reads the teiHeader; nothing shows unless asked for. -->
  <xsl:mode name="html-header" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:param name="paged" as="xs:boolean" select="false()"/>
  <xsl:param name="paper" as="xs:string" select="'a4'"/>
  <!-- A book of a teiCorpus (with paged): title page, contents, each document on new pages, one index
       with page numbers. -->
  <xsl:param name="book" as="xs:boolean" select="false()"/>
  <!-- A page of an edition: links to the edition's index and to the letters before and after it
       (empty: no such link), given per document. -->
  <xsl:param name="nav-index" as="xs:string" select="''"/>
  <xsl:param name="nav-prev" as="xs:string" select="''"/>
  <xsl:param name="nav-prev-title" as="xs:string" select="''"/>
  <xsl:param name="nav-next" as="xs:string" select="''"/>
  <xsl:param name="nav-next-title" as="xs:string" select="''"/>

  <xsl:variable name="t:screen-css" static="yes" as="xs:string" select="unparsed-text('css/tei-html.css')"/>
  <xsl:variable name="t:paged-css" static="yes" as="xs:string" select="unparsed-text('css/tei-paged.css')"/>
  <xsl:variable name="t:book-css" static="yes" as="xs:string" select="unparsed-text('css/tei-book.css')"/>
  <xsl:variable name="t:page-sizes" as="map(xs:string, xs:string)" select="map{ 'a4': 'A4', 'letter': 'letter' }"/>

  <xsl:template match="/" as="document-node()">
    <xsl:variable name="root" select="*"/>
    <xsl:sequence select="t:refuse-non-letters($root)"/>
    <xsl:variable name="documents" select="if ($root/self::tei:teiCorpus) then $root//tei:TEI else $root"/>
    <xsl:document>
      <xsl:call-template name="t:page">
        <xsl:with-param name="first" select="$documents[1]"/>
        <xsl:with-param name="title" select="if ($root/self::tei:teiCorpus)
          then (t:title($root), t:title($documents[1]))[1] else t:title($root)"/>
        <xsl:with-param name="body" as="element()*">
          <xsl:variable name="articles" as="element()*">
            <xsl:for-each select="$documents">
              <xsl:variable name="article" as="element()">
                <xsl:apply-templates select="." mode="page"/>
              </xsl:variable>
              <!-- Several documents on one page: each one's ids get its number, so that none is taken twice. -->
              <xsl:apply-templates select="$article" mode="t:number-ids">
                <xsl:with-param name="prefix" tunnel="yes" select="if (count($documents) gt 1) then 'd' || position() || '-' else ''"/>
              </xsl:apply-templates>
            </xsl:for-each>
          </xsl:variable>
          <xsl:choose>
            <xsl:when test="$book and $paged">
              <xsl:call-template name="t:book">
                <xsl:with-param name="corpus" select="$root"/>
                <xsl:with-param name="documents" select="$documents"/>
                <xsl:with-param name="articles" select="$articles"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise><xsl:sequence select="$articles"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:document>
  </xsl:template>

  <!-- The HTML page around the rendered documents. -->
  <xsl:template name="t:page" as="element()">
    <xsl:param name="first" as="element()"/>
    <xsl:param name="title" as="element()?"/>
    <xsl:param name="body" as="element()*"/>
    <html lang="{t:doc-lang($first)}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="teikit"/>
        <title>
          <xsl:value-of select="(normalize-space($title)[.], normalize-space($first/tei:text/tei:body/tei:head[1])[.], 'TEI document')[1]"/>
        </title>
        <style>
          <xsl:value-of select="$t:screen-css"/>
          <xsl:if test="$paged">
            <xsl:value-of select="'@page { size: ' || ($t:page-sizes($paper), 'A4')[1] || '; }&#10;' || $t:paged-css"/>
            <xsl:if test="$book"><xsl:value-of select="$t:book-css"/></xsl:if>
          </xsl:if>
        </style>
      </head>
      <body>
        <xsl:variable name="nav" as="element()?">
          <xsl:call-template name="t:edition-nav">
            <xsl:with-param name="label-lang" tunnel="yes" select="t:label-lang($first)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:sequence select="$nav, $body, $nav"/>
      </body>
    </html>
  </xsl:template>

  <xsl:mode name="page" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:template match="*" mode="page" as="element()">
    <xsl:variable name="numbers" select="t:note-numbers(.)"/>
    <xsl:variable name="mentions" select="t:mention-numbers(.)"/>
    <xsl:variable name="label-lang" select="t:label-lang(.)"/>
    <xsl:variable name="parts" as="element()*">
      <xsl:apply-templates select="tei:teiHeader" mode="html-header">
        <xsl:with-param name="mention-numbers" tunnel="yes" select="$mentions"/>
        <xsl:with-param name="label-lang" tunnel="yes" select="$label-lang"/>
      </xsl:apply-templates>
      <main class="text" lang="{t:doc-lang(.)}">
        <xsl:apply-templates select="tei:text" mode="html">
          <xsl:with-param name="note-numbers" tunnel="yes" select="$numbers"/>
          <xsl:with-param name="mention-numbers" tunnel="yes" select="$mentions"/>
          <xsl:with-param name="label-lang" tunnel="yes" select="$label-lang"/>
        </xsl:apply-templates>
      </main>
      <xsl:if test="not($paged)">
        <xsl:call-template name="t:footnote-list">
          <xsl:with-param name="notes" select="t:footnotes(.)"/>
          <xsl:with-param name="note-numbers" tunnel="yes" select="$numbers"/>
          <xsl:with-param name="mention-numbers" tunnel="yes" select="$mentions"/>
          <xsl:with-param name="label-lang" tunnel="yes" select="$label-lang"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="t:abbreviation-list">
        <xsl:with-param name="tei" select="."/>
        <xsl:with-param name="label-lang" tunnel="yes" select="$label-lang"/>
      </xsl:call-template>
    </xsl:variable>
    <article class="tei-document" id="top">
      <xsl:sequence select="$parts"/>
      <xsl:if test="not($book)">
        <xsl:call-template name="t:index">
          <xsl:with-param name="tei" select="."/>
          <xsl:with-param name="links" select="$parts//*:a[starts-with(@href, '#idx-')]"/>
          <xsl:with-param name="label-lang" tunnel="yes" select="$label-lang"/>
        </xsl:call-template>
      </xsl:if>
    </article>
  </xsl:template>

  <!-- Back to the edition's index, and the previous and next letters, when the page belongs to an edition. -->
  <xsl:template name="t:edition-nav" as="element()?">
    <xsl:param name="label-lang" as="xs:string" tunnel="yes"/>
    <xsl:if test="$nav-index">
      <nav class="edition-nav" lang="{$label-lang}">
        <a class="nav-prev" rel="prev">
          <xsl:if test="$nav-prev">
            <xsl:attribute name="href" select="$nav-prev"/>
            <xsl:attribute name="title" select="$nav-prev-title"/>
          </xsl:if>
          <xsl:value-of select="'← ' || t:label('previous', $label-lang)"/>
        </a>
        <a class="nav-index" href="{$nav-index}"><xsl:value-of select="t:label('all-letters', $label-lang)"/></a>
        <a class="nav-next" rel="next">
          <xsl:if test="$nav-next">
            <xsl:attribute name="href" select="$nav-next"/>
            <xsl:attribute name="title" select="$nav-next-title"/>
          </xsl:if>
          <xsl:value-of select="t:label('next', $label-lang) || ' →'"/>
        </a>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- Ids and the links to them, numbered for one document among several. -->
  <xsl:mode name="t:number-ids" on-no-match="shallow-copy" on-multiple-match="fail"/>
  <xsl:template match="@id" mode="t:number-ids" as="attribute()">
    <xsl:param name="prefix" as="xs:string" tunnel="yes"/>
    <xsl:attribute name="id" select="$prefix || ."/>
  </xsl:template>
  <xsl:template match="@href[starts-with(., '#')]" mode="t:number-ids" as="attribute()">
    <xsl:param name="prefix" as="xs:string" tunnel="yes"/>
    <xsl:attribute name="href" select="'#' || $prefix || substring(., 2)"/>
  </xsl:template>
</xsl:stylesheet>
