<?xml version="1.0" encoding="UTF-8"?>
<!-- The HTML attributes every rendered TEI element carries: a class naming the
     element and its @rend/@type, and lang from @xml:lang. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- class="p rend-indent type-x" and lang="de" for a TEI element. -->
  <xsl:function name="t:attrs" as="attribute()*">
    <xsl:param name="el" as="element()"/>
    <xsl:attribute name="class" select="if (empty($el/(@rend | @type))) then local-name($el)
      else string-join((local-name($el), tokenize(normalize-space($el/@rend), ' ') ! ('rend-' || .),
        $el/@type ! ('type-' || normalize-space(.))), ' ')"/>
    <xsl:if test="$el/@xml:lang">
      <xsl:attribute name="lang" select="$el/@xml:lang"/>
    </xsl:if>
  </xsl:function>

  <!-- TEI elements rendered as HTML blocks. -->
  <xsl:variable name="t:block-names" as="xs:string*" select="('p', 'ab', 'opener', 'closer', 'salute', 'signed',
    'dateline', 'address', 'addrLine', 'list', 'table', 'lg', 'l', 'figure', 'div', 'floatingText', 'head',
    'postscript', 'listBibl', 'sp', 'speaker', 'byline', 'trailer', 'docAuthor')"/>

  <!-- Whether a TEI element holds block-level content (outside notes of its own), so that it cannot be an HTML <p>. -->
  <xsl:function name="t:has-blocks" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el/descendant::tei:*[local-name() = $t:block-names]
      [not(ancestor::tei:note except $el/ancestor-or-self::tei:note)])"/>
  </xsl:function>
</xsl:stylesheet>
