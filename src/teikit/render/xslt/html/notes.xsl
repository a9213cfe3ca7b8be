<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes: a numbered marker in the text linked to its footnote and back; on paper
     (paged) the note itself, floated to the foot of its page by the paged CSS. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:note" mode="html" as="element()">
    <xsl:param name="note-numbers" as="map(xs:string, xs:integer)" tunnel="yes" select="map{}"/>
    <xsl:variable name="n" select="$note-numbers(generate-id())"/>
    <xsl:choose>
      <xsl:when test="empty($n)">
        <span class="note-inline">(<xsl:apply-templates mode="html"/>)</span>
      </xsl:when>
      <xsl:when test="$paged">
        <span class="footnote" id="note-{$n}"><xsl:apply-templates mode="html"/></span>
      </xsl:when>
      <xsl:otherwise>
        <a class="noteref" id="noteref-{$n}" href="#note-{$n}" role="doc-noteref"><sup><xsl:value-of select="$n"/></sup></a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The marker a note carried in the source ("1", "one", "*"): the footnote number replaces it. -->
  <xsl:template match="tei:note/tei:label[@type = 'marker']" mode="html"/>

  <!-- A notes division without notes (only its heading) shows nothing. -->
  <xsl:template match="tei:div[@type = 'notes'][not(tei:note)]" mode="html"/>

  <!-- Notes kept at the end because their marker was not found in the text. -->
  <xsl:template match="tei:div[@type = 'notes']/tei:note" mode="html" as="element()">
    <div class="note-unanchored">
      <span class="note-label"><xsl:value-of select="@n"/></span>
      <xsl:text> </xsl:text>
      <xsl:apply-templates mode="html"/>
    </div>
  </xsl:template>

  <xsl:template name="t:footnote-list" as="element()?">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <xsl:if test="exists($notes)">
      <section class="footnotes" role="doc-endnotes" lang="{$label-lang}">
        <h2><xsl:value-of select="t:label('notes', $label-lang)"/></h2>
        <ol>
          <xsl:for-each select="$notes">
            <li id="note-{position()}">
              <xsl:sequence select="@xml:lang ! t:attrs(..)[name() = 'lang']"/>
              <a class="backref" href="#noteref-{position()}" role="doc-backlink" title="{t:label('back-to-text', $label-lang)}">
                <xsl:value-of select="position()"/>
              </a>
              <xsl:text> </xsl:text>
              <div class="note-body"><xsl:apply-templates mode="html"/></div>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
