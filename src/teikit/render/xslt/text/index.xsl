<?xml version="1.0" encoding="UTF-8"?>
<!-- The index of persons at the end of the printed text: each person the text,
     the correspondents or the printed sources name, with life dates, occupation and other names. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:template name="t:text-index" as="text()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="label-lang" as="xs:string" tunnel="yes" select="'en'"/>
    <xsl:variable name="correspondents" select="(t:parties($tei, 'sent'), t:parties($tei, 'received'))"/>
    <xsl:variable name="citations" select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc//(tei:bibl | tei:biblStruct)"/>
    <xsl:variable name="mentions" select="($correspondents, $citations//*[@ref], $tei/tei:text//*[@ref])[t:is-mention(.)]
      [not(ancestor::tei:listPerson | ancestor::tei:listPlace | ancestor::tei:listOrg | ancestor::tei:listEvent)]"/>
    <xsl:variable name="persons" select="($mentions ! t:entry(.))/.[self::tei:person | self::tei:personGrp]"/>
    <xsl:if test="exists($persons)">
      <xsl:value-of select="$t:para, t:label('persons', $label-lang), $t:para" separator=""/>
      <xsl:for-each select="sort($persons, (), t:sort-key#1)">
        <xsl:value-of select="string-join((t:name-label(t:main-name(.)),
          t:life-dates(., $label-lang) ! ('(' || . || ')'),
          .[@cert = 'low'] ! ('(' || t:label('unconfirmed', $label-lang) || ')')), ' ')
          || string-join(t:occupations(.) ! (', ' || .))
          || string-join(t:other-names(.) ! ('; ' || .)), $t:line" separator=""/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
