<?xml version="1.0" encoding="UTF-8"?>
<!-- The index at the end of the printed text, as the HTML page has it: the persons, organisations and
     places the text, the correspondents or the printed sources name, with life dates, occupation,
     other names and the register's note. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template name="t:text-index" as="text()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <xsl:variable name="facts" select="t:letter-facts($tei)"/>
    <xsl:variable name="correspondents" select="$facts[?what = ('party', 'place')]?el"/>
    <xsl:variable name="citations" select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc//(tei:bibl | tei:biblStruct)"/>
    <xsl:variable name="mentions" select="($correspondents, $citations//*[@ref], $tei/tei:text//*[@ref])[t:is-mention(.)]
      [not(ancestor::tei:listPerson | ancestor::tei:listPlace | ancestor::tei:listOrg | ancestor::tei:listEvent)]"/>
    <xsl:variable name="entries" select="$mentions ! t:entry(.)"/>
    <xsl:for-each select="$t:index-groups">
      <xsl:variable name="kind" select="?kind"/>
      <xsl:variable name="group" select="$entries[local-name() = ($kind, $kind || 'Grp')]/."/>
      <xsl:if test="exists($group)">
        <xsl:value-of select="$t:para, t:label(?heading, $label-lang), $t:para" separator=""/>
        <xsl:for-each select="sort($group, (), t:sort-key#1)">
          <xsl:value-of select="string-join((t:name-label(t:main-name(.)),
            t:life-dates(., $label-lang) ! ('(' || . || ')'),
            .[@cert = 'low'] ! ('(' || t:label('unconfirmed', $label-lang) || ')')), ' ')
            || string-join(t:occupations(.) ! (', ' || .))
            || string-join(t:other-names(.) ! ('; ' || .))
            || string-join(tei:note[normalize-space()][1] ! ('. ' || normalize-space(.))), $t:line" separator=""/>
        </xsl:for-each>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
