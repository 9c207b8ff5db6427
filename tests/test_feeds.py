"""RSS 2.0 and Atom feeds: one article per item, with its title, link, date, channel and clean body."""

from __future__ import annotations

import gzip

from akhbar.read import read_path

NILE = ("أعلنت وزارة الموارد المائية المصرية عن خطة جديدة لتحديث شبكة الري في محافظات الدلتا، "
        "تشمل تبطين آلاف الكيلومترات من الترع خلال العامين المقبلين.")
NILE_2 = "وقال المتحدث باسم الوزارة إن الخطة تهدف إلى خفض الفاقد من المياه وتحسين وصولها إلى نهايات الترع."
QATAR = ("أعلن الاتحاد الآسيوي لكرة القدم أن قطر ستستضيف نهائيات كأس آسيا بعد اعتذار الصين عن تنظيم "
         "البطولة، وأن المباريات ستقام على ملاعب كأس العالم.")
DUBAI = ("افتتحت دبي عجلة المراقبة الأطول في العالم على جزيرة بلوواترز، بارتفاع يتجاوز مئتين وخمسين مترا، "
         "لتضاف إلى قائمة المعالم السياحية في الإمارة.")

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>أخبار النيل</title>
  <link>https://example.com/</link>
  <description>آخر الأخبار من مصر والعالم العربي</description>
  <item>
    <title>مصر تبدأ تبطين الترع في الدلتا</title>
    <link>https://example.com/nile/1</link>
    <pubDate>Sun, 05 Jan 2025 23:30:00 -0500</pubDate>
    <category>اقتصاد</category><category>مياه</category>
    <description><![CDATA[<p>ملخص قصير عن الخطة</p>]]></description>
    <content:encoded><![CDATA[<p>{NILE}</p><figure><img src="a.jpg"/></figure><p>{NILE_2}</p><script>ads()</script>]]></content:encoded>
  </item>
  <item>
    <title>قطر تستضيف كأس آسيا</title>
    <link>https://example.com/sport/2</link>
    <dc:date>2025-01-06T08:00:00+03:00</dc:date>
    <description>&lt;p&gt;{QATAR}&lt;/p&gt;</description>
  </item>
  <item>
    <title>افتتاح أطول عجلة مراقبة في العالم بدبي</title>
    <link>https://example.com/travel/3</link>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <title>مدونة الخليج</title>
  <id>urn:example:gulf</id>
  <updated>2025-01-07T10:00:00Z</updated>
  <entry>
    <title type="html">دبي &amp;lt;تفتتح&amp;gt; أطول عجلة</title>
    <link rel="alternate" href="https://example.org/dubai"/>
    <id>urn:example:gulf:1</id>
    <published>2025-01-07T09:00:00+04:00</published>
    <updated>2025-01-08T09:00:00+04:00</updated>
    <category term="سياحة"/>
    <content type="html">&lt;p&gt;{DUBAI}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>الري في الدلتا</title>
    <link href="https://example.org/nile"/>
    <id>urn:example:gulf:2</id>
    <updated>2025-01-09T09:00:00Z</updated>
    <summary>{NILE}</summary>
  </entry>
</feed>
"""


def shown(archive, report):
    return [archive.show(i) for i in report.articles]


def test_rss_file_gives_one_article_per_item(tmp_path, archive):
    path = tmp_path / "nile.xml"
    path.write_text(RSS, encoding="utf-8")
    report = archive.ingest([str(path)])
    assert (report.records, report.stored, report.skipped) == (3, 3, [])
    first, second, third = shown(archive, report)
    assert first["title"] == "مصر تبدأ تبطين الترع في الدلتا"
    assert first["url"] == "https://example.com/nile/1"
    assert first["published"] == "2025-01-05"  # the day the feed wrote, not the UTC day (the 6th)
    assert first["source"] == "أخبار النيل" and first["tags"] == ["اقتصاد", "مياه"]
    assert first["text"] == f"{NILE}\n\n{NILE_2}"  # content:encoded wins over the description; markup gone
    assert (second["published"], second["text"]) == ("2025-01-06", QATAR)
    for article in (first, second):
        assert "https://" not in article["text"] and "أخبار النيل" not in article["text"]


def test_feed_item_with_only_a_title_and_a_link_is_stored_with_a_note(tmp_path, archive):
    path = tmp_path / "nile.rss"
    path.write_text(RSS, encoding="utf-8")
    report = archive.ingest([str(path)])
    third = archive.show(report.articles[2])
    assert third["title"] == third["text"] == "افتتاح أطول عجلة مراقبة في العالم بدبي"
    assert third["url"] == "https://example.com/travel/3"
    assert any("1 of 3 articles stored with a note: no body" in w for w in report.warnings)


def test_atom_feed_gives_one_article_per_entry(tmp_path, archive):
    path = tmp_path / "gulf.atom"
    path.write_text(ATOM, encoding="utf-8")
    report = archive.ingest([str(path)])
    dubai, nile = shown(archive, report)
    assert dubai["title"] == "دبي <تفتتح> أطول عجلة"
    assert (dubai["url"], dubai["published"], dubai["source"], dubai["tags"]) == (
        "https://example.org/dubai", "2025-01-07", "مدونة الخليج", ["سياحة"])
    assert dubai["text"] == DUBAI
    assert (nile["published"], nile["text"]) == ("2025-01-09", NILE)  # only <updated>: used as the date


def test_gzipped_feeds_and_a_folder_of_them(tmp_path, archive):
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "nile.xml.gz").write_bytes(gzip.compress(RSS.encode("utf-8")))
    (folder / "gulf.xml").write_text(ATOM, encoding="utf-8")
    report = archive.ingest([str(folder)])
    assert (report.records, report.stored) == (5, 5)
    assert [archive.show(i)["source"] for i in report.articles] == ["مدونة الخليج"] * 2 + ["أخبار النيل"] * 3


def test_xml_that_is_not_a_feed_is_skipped_with_a_reason(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://example.com/a</loc></url></urlset>',
                    encoding="utf-8")
    [skip] = read_path(str(path))
    assert "not an RSS or Atom feed" in skip.reason


def test_html_page_is_not_taken_for_a_feed(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>صفحة</title></head><body><p>{NILE}</p></body></html>",
                    encoding="utf-8")
    [record] = read_path(str(path))
    assert record.kind == "html"
