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
    <xsl:attribute name="class" select="string-join((local-name($el),
      tokenize(normalize-space($el/@rend), ' ') ! ('rend-' || .),
      $el/@type ! ('type-' || normalize-space(.))), ' ')"/>
    <xsl:if test="$el/@xml:lang">
      <xsl:attribute name="lang" select="$el/@xml:lang"/>
    </xsl:if>
  </xsl:function>

  <!-- Whether a TEI element holds block-level content, so that it cannot be an HTML <p>. -->
  <xsl:function name="t:has-blocks" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el/descendant::*[self::tei:p or self::tei:ab or self::tei:opener or self::tei:closer
      or self::tei:salute or self::tei:signed or self::tei:dateline or self::tei:address or self::tei:addrLine
      or self::tei:list or self::tei:table or self::tei:lg or self::tei:l or self::tei:figure or self::tei:div
      or self::tei:floatingText or self::tei:head or self::tei:postscript or self::tei:listBibl
      or self::tei:sp or self::tei:speaker or self::tei:byline or self::tei:trailer or self::tei:docAuthor]
      [not(ancestor::tei:note except $el/ancestor-or-self::tei:note)])"/>
  </xsl:function>
</xsl:stylesheet>
