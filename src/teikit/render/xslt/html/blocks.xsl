<?xml version="1.0" encoding="UTF-8"?>
<!-- Block-level TEI: divisions, headings, paragraphs, the parts of a letter,
     verse, lists, tables, figures. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:t="urn:teikit:render"
    exclude-result-prefixes="#all">

  <!-- Parts of a document that are not running text: the header block and the index show them. -->
  <xsl:template match="tei:teiHeader | tei:facsimile | tei:standOff | tei:sourceDoc
      | tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:listRelation" mode="html"/>

  <xsl:template match="tei:text" mode="html" as="node()*">
    <xsl:apply-templates mode="html"/>
  </xsl:template>

  <xsl:template match="tei:front | tei:body | tei:back | tei:div | tei:floatingText | tei:group" mode="html" as="element()">
    <div>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:apply-templates mode="html"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:body/tei:head[t:repeats-title(.)]" mode="html"/>

  <xsl:template match="tei:head" mode="html" as="element()">
    <xsl:element name="{if (ancestor::tei:note) then 'span' else 'h' || min((count(ancestor::tei:div) + 2, 6))}">
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:apply-templates mode="html"/>
    </xsl:element>
  </xsl:template>

  <!-- A paragraph is an HTML <p> unless it holds blocks (salute, signed, lists) itself. -->
  <xsl:template match="tei:p | tei:ab" mode="html" as="element()">
    <xsl:element name="{if (t:has-blocks(.)) then 'div' else 'p'}">
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:apply-templates mode="html"/>
    </xsl:element>
  </xsl:template>

  <!-- The parts of a letter, each a block of its own. -->
  <xsl:template match="tei:opener | tei:closer | tei:postscript | tei:salute | tei:signed | tei:dateline
      | tei:address | tei:addrLine | tei:byline | tei:docAuthor | tei:trailer | tei:sp | tei:speaker
      | tei:lg | tei:l | tei:opener/tei:seg | tei:closer/tei:seg" mode="html" as="element()">
    <xsl:element name="{if (ancestor::tei:head) then 'span' else 'div'}">
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:apply-templates mode="html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:quote" mode="html" as="element()">
    <xsl:element name="{if (t:has-blocks(.)) then 'blockquote' else 'span'}">
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:apply-templates mode="html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:list | tei:listBibl" mode="html" as="element()+">
    <xsl:apply-templates select="tei:head" mode="html"/>
    <ul>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:apply-templates select="* except tei:head" mode="html"/>
    </ul>
  </xsl:template>

  <xsl:template match="tei:list/*[not(self::tei:head)] | tei:listBibl/*[not(self::tei:head)]" mode="html" as="element()">
    <li>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:apply-templates mode="html"/>
    </li>
  </xsl:template>

  <xsl:template match="tei:table" mode="html" as="element()">
    <table>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:apply-templates select="tei:head" mode="table-caption"/>
      <tbody>
        <xsl:apply-templates select="tei:row" mode="html"/>
      </tbody>
    </table>
  </xsl:template>

  <xsl:mode name="table-caption" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:template match="tei:head" mode="table-caption" as="element()">
    <caption><xsl:apply-templates mode="html"/></caption>
  </xsl:template>

  <xsl:template match="tei:row" mode="html" as="element()">
    <tr><xsl:apply-templates select="tei:cell" mode="html"/></tr>
  </xsl:template>

  <xsl:template match="tei:cell" mode="html" as="element()">
    <td>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:if test="@cols castable as xs:integer"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:if test="@rows castable as xs:integer"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      <xsl:apply-templates mode="html"/>
    </td>
  </xsl:template>

  <!-- Figures: the description only; images are not fetched, so the page stays offline. -->
  <xsl:template match="tei:figure" mode="html" as="element()">
    <span>
      <xsl:sequence select="t:attrs(.)"/>
      <xsl:text>[figure</xsl:text>
      <xsl:if test="tei:head | tei:figDesc">: </xsl:if>
      <xsl:apply-templates select="tei:head/node(), tei:figDesc/node()" mode="html"/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>
</xsl:stylesheet>
