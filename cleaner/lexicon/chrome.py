"""Site chrome and debris: the shapes of lines that are page furniture, not article text.

Each row is a kind (the reason a fix records), a pattern the whole stripped line must match
(case-insensitive) and an example that tests read as chrome of that kind. `OPENERS` are headings
that open a block of chrome: ``tail`` (a comment form or a paywall pitch: the rest of the page),
``links`` (a related-links heading: the short link lines under it).

>>> [row.kind for row in LINES if row.example == "Share on WhatsApp"]
['share row']
"""

from __future__ import annotations

from dataclasses import dataclass

from cleaner.lexicon import dates as _dates


@dataclass(frozen=True, slots=True)
class Row:
    """A chrome shape: `kind` is the reason recorded, `pattern` matches the whole line."""

    kind: str
    pattern: str
    example: str
    reach: int = 60  # characters: the longest line the row can match (a test checks)
    # Strings one of which every line the row matches holds (case-folded; a test checks the
    # example): a line holding none skips the row's pattern. Only for the costly patterns,
    # those that can start anywhere (".{0,400}\\("): the others are dispatched by first word.
    needs: tuple[str, ...] = ()
    # The line's first characters come again later in it (a caption pasted twice): a line
    # where they do not skips the pattern. Only for the costly patterns, as `needs`.
    repeats: bool = False


REACHES = (60, 240, 500)  # the tiers chrome_line reads by: a line tries only rows that reach it


_SHARE = (r"(?:share|shares|tweet|pin|print|e-?mail|save|copy\s+link|back\s+to\s+top|facebook"
          r"|twitter|whatsapp|linkedin|pinterest|reddit|telegram|messenger|flipboard|sms"
          r"|x|vk|vkontakte|viber|line|tumblr|threads|bluesky|mastodon|weibo|wechat|gmail"
          r"|pocket|mix|digg|stumbleupon|google\+?|print\s+friendly|pdf|copied|link"
          r"|partager|compartir|teilen|condividi|compartilhar|imprimer|drucken)")
# (French, Spanish, German, Italian, Portuguese pages)
_SHARE_FILL = (r"(?:\s+(?:this|on|via|the|article|story|page|it|us|with|a|friend|to"
               r"|sur|en|em|auf|su|par|por|per|cet|cette|ce|este|esta|dieser|diesen))*")
# The month names of the date lexicon (English, French, Spanish, Portuguese, Italian, German),
# so a comment head or a related link's date reads "4 mars 2021" and "4. März 2021" too.
_MONTH = "(?:" + "|".join(sorted(_dates.MONTHS, key=len, reverse=True)) + r")\.?"
_DATE = (rf"(?:\p{{L}}{{3}},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         rf"|\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?{_MONTH}(?:\s+de)?,?\s+\d{{4}})")
_SITES = r"(?:al[- ]?alam(?:\s+news(?:\s+network)?)?|press\s*tv|al[- ]?manar|abna24|fna|irna)"

# The nouns a newspaper's or a news site's name ends with ("Nairobi News", "The European
# Journal"). Only the unambiguous ones: "Times", "Star", "Post", "Record" or "Review" also end
# short headlines ("Hard Times", "Trump Breaks Record"); "Online" ends desk bylines ("The
# Independent Online": `lexicon.bylines.DESK_PATTERNS`).
MASTHEAD_NOUNS = ("News", "Herald", "Tribune", "Journal", "Gazette", "Chronicle", "Telegraph",
                  "Inquirer", "Examiner", "Courier", "Bulletin", "Shimbun")
# A masthead line: one to three capitalised words (and "of", "the", "&") or "The" before the
# noun, the noun last; "Good News" and "Bad News" are headlines, "By Kyodo News" a byline, and
# the noun alone ("Gazette") is the header model's to read (a section or a site name).
_MASTHEAD_WORD = r"(?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|the|&|and)\s+"
_MASTHEAD = (r"(?-i:(?!(?:By|Good|Bad|Fake|More|Latest|Breaking)\s)"
             rf"(?:The\s+(?:{_MASTHEAD_WORD}){{0,3}}|(?:{_MASTHEAD_WORD}){{1,3}})"
             rf"(?:{'|'.join(MASTHEAD_NOUNS)}))")
# A menu: three to eight items of one to three words, set apart by bars or dots (bounded, so
# that the row reaches no line beyond 500 characters).
_MENU_ITEM = r"(?-i:\p{Lu}[\p{L}\p{N}&.'’-]{0,15}(?:\s{1,2}[\p{L}\p{N}&.'’-]{1,16}){0,2})"
_MENU = rf"{_MENU_ITEM}(?:\s{{0,2}}[|•·]\s{{0,2}}{_MENU_ITEM}){{2,7}}"

# A web address as pages write it: "https://…", "www.…", or a bare host with a common ending
# ("example-news.com", "sub.example.co.uk", "example.info/story/1"). One shape for the lexicon's
# credit lines and find_credits' "Via …" lead-in (what goes as chrome is also credited).
WEB_ADDRESS = (r"(?:https?://\S{1,200}|www\.\S{1,200}"
               r"|[\w-]{1,60}(?:\.[\w-]{1,60}){0,3}\.(?:com|net|org|co|news|tv|info|biz|io|gov"
               r"|edu)(?:\.\w\w)?(?![\w-])(?:/\S{0,200})?)")
# A line pointing the reader elsewhere: "Source: https://…", "via example.com", "Full story:
# WXYZ". (A source named alone, "Source: ANI", is a credit line the text keeps.)
_CREDIT_LINE = (rf"(?:(?:sources?|via|credit|courtesy(?:\s+of)?)\s*:?\s+{WEB_ADDRESS}"
                rf"|full\s+story\s*:?\s+(?:{WEB_ADDRESS}|(?-i:\p{{Lu}})[\p{{L}}\d&.'’-]{{0,30}}"
                r"(?:\s+(?-i:\p{Lu})[\p{L}\d&.'’-]{0,30}){0,4}))\.?")

_MINUTES = r"(?:\d{1,3}|an?|one|two|three|four|five|ten)\s*-?\s*(?:min(?:ute)?s?|mins?|min\.)"
_READ_TIME = (rf"(?:[⏱🕑🕒◷]\s*)?(?:{_MINUTES}\.?\s+(?:read|reading(?:\s+time)?|de\s+lecture"
              rf"|lesezeit|de\s+lectura|di\s+lettura)"
              rf"|(?:(?:estimated|approx(?:imate)?\.?)\s+)?(?:reading|read)\s+time\s*:?\s*"
              rf"(?:about\s+|approx\.?\s+|~\s*)?{_MINUTES}\.?"
              rf"|(?:temps\s+de\s+lecture|lesezeit|tiempo\s+de\s+lectura|tempo\s+di\s+lettura)"
              rf"\s*:?\s*{_MINUTES}\.?)")

_NETWORKS = (r"(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|telegram|whatsapp|threads"
             r"|bluesky|mastodon|snapchat|pinterest|google\s+news|flipboard|weibo|wechat|vk"
             r"|social\s+media|rss)")
_FOLLOW = (r"(?:(?:follow|like|join|find|connect\s+with|subscribe\s+to)\s+"
           r"(?:us|our\s+(?:\w+\s+){0,2}?(?:page|pages|channel|community|group|accounts?|feeds?))"
           rf"(?:\s+(?:on|at|in|via)\s+{_NETWORKS}(?:\s*(?:,|and|&|/|\|)\s*{_NETWORKS})*)?"
           rf"|follow\s+@\w{{1,30}}(?:\s+on\s+{_NETWORKS})?"
           rf"|join\s+our\s+{_NETWORKS}\s+(?:channel|group|community)"
           rf"|(?:suivez|siga|síganos|sigue|folgen\s+sie)[-\s]*(?:nous|nos|uns)?\s*"
           rf"(?:sur|en|em|auf|no|on)?\s*{_NETWORKS}?)"
           rf"(?:\s*(?:,|and|&|;)\s*(?:follow|like|join)\s+us\s+on\s+{_NETWORKS})*"
           r"\s*[:.!]?(?:\s+for\s+(?:the\s+)?latest\s+(?:news|updates)[.!]?)?")
_NEWSLETTER = (r"(?:(?:sign\s+up|subscribe|register)\s+(?:for|to)\s+(?:our|the)\s+[\w ]{0,30}?"
               r"(?:newsletters?|e-?mails?|alerts?|briefing|digest)"
               r"|get\s+(?:our|the)\s+[\w ]{0,30}?(?:newsletters?|briefing|digest)"
               r"|get\s+(?:the\s+)?(?:latest\s+)?(?:news|headlines|stories)\s+(?:delivered\s+)?"
               r"(?:to|in)\s+your\s+inbox"
               r"|click\s+here\s+(?:to|for)\s+[\w ']{2,60}"
               r"|(?:tap|click)\s+here)"
               r"(?:\s+(?:here|now|today|for\s+free))?\s*[.!:]*")
_COOKIES = (r"(?:(?:we|this\s+(?:web)?site|our\s+(?:web)?site|this\s+page)\s+(?:uses?|are\s+using)"
            r"\s+cookies\b|by\s+(?:continuing\s+to\s+)?(?:using|browsing|use|visiting)"
        r"\s+(?:this|our)"
            r"\s+(?:web)?site\b(?=.{0,200}\bcookies?\b)).{0,400}")
_COOKIE_BUTTONS = (r"(?:accept|allow|reject|decline)(?:\s+all)?(?:\s+cookies)?|cookie\s+(?:settings"
                   r"|preferences|consent)|manage\s+(?:cookies|consent|(?:cookie\s+)?preferences)"
                   r"|(?:i\s+)?agree\s+and\s+(?:close|continue)")
_ADVERT = (r"[-–—\s]*(?:advertisement|advertising|advert|ads?|adv|publicit[ée]|publicidad"
           r"|pubblicit[àa]|anzeige|werbung|reklam)[-–—\s]*"
           r"(?:\s*[-–—:|]?\s*(?:scroll\s+(?:down\s+)?to\s+(?:continue|read)(?:\s+reading)?"
           r"|continue\s+reading(?:\s+below)?|story\s+continues\s+below|article\s+continues"
           r"\s+below|advertise\s+with\s+[\w .]{1,30})[-–—\s.]*)?"
           r"|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?"
           r"\s+(?:advertisement|ad)"
           r"|\[ad_\d\]|sponsored(?:\s+(?:content|post|story|links?))?"
           r"|sponsored\s+by\s+(?-i:\p{Lu})[\w .&'-]{1,40}|paid\s+(?:content|post|partnership)"
           r"|(?:promoted|partner)\s+(?:content|stories)|ads\s+by\s+google|skip\s+ad|source\s+link")
_CREDIT_NAME = (r"(?-i:\p{Lu})[^.\s]{0,30}(?:(?:\s*[/|]|\s+(?:via|for|and|/))?\s+(?-i:\p{Lu})"
                r"[^.\s]{0,30}){0,4}\.?")
_PHOTO_CREDIT = (r"(?-i:(?:(?:File\s+[Pp]hoto|Photo|Image|Picture|Photograph|Foto)s?|FILE\s+PHOTO"
                 r"|PHOTOS?|IMAGES?|PICTURES?|FOTOS?)(?:"
        r"\s+(?:[Cc]redits?|CREDITS?|[Ss]ource|SOURCE))?)"
                 rf"\s*:\s*{_CREDIT_NAME}"
                 r"|(?-i:(?:Photo|Image|Picture)s?\s+(?:[Cc]redit|[Ss]ource)|(?:PHOTO|IMAGE)"
        r"\s+(?:CREDIT"
                 rf"|SOURCE))\s*,\s*{_CREDIT_NAME}"
                 r"|(?-i:(?:Photo|Image|Picture|Photograph)s?|PHOTOS?|IMAGES?)\s+(?:by|courtesy"
                 rf"(?:\s+of)?)\s+{_CREDIT_NAME}")
_RELATED = (r"(?:also\s+read|read\s+more|read\s+also|see\s+also|also\s+see|related(?:\s+(?:stories"
            r"|story|articles?|news|coverage|posts?|links?))?|more\s+from|recommended|must\s+read"
            r"|don'?t\s+miss|read\s+next|watch\s+also|further\s+reading|more\s+on"
            r"\s+this(?:\s+story)?|(?:à\s+)?lire\s+aussi|voir\s+aussi|lea\s+tambi[ée]n|leia"
        r"\s+tamb[ée]m"
            r"|lesen\s+sie\s+auch|leggi\s+anche)(?:\s*[:|–—]|\s+-|-\s)\s*.{3,200}")

_LONG_MONTHS = "|".join(sorted((m for m in _dates.MONTHS if len(m) >= 4), key=len, reverse=True))
_IMAGE_NAME = (rf"(?-i:(?!.{{0,44}}(?<!\p{{L}})(?i:{_LONG_MONTHS})(?!\p{{L}}))"
               r"\p{Ll}[\p{Ll}\d_ -]{2,40}\d{1,3})")
_IMAGE_FILE = r"[\w-]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|jfif)\b.{0,400}"
_SITE_NAME = (r"[\w-]+\.(?:com|net|org|tv|ir|pk|in|ph|ke|ng|info|biz|news|online|io|co|uk|au|ca"
              r"|za|nz|ie|us|eu|de|fr|es|it|my|sg|lk|bd|np|ae|sa|qa|eg|gh|tz|ug|zw)(?:\.\w\w)?")
# (a symbol may hold U+FFFD, a byte the decoder could not read: "BOP\ufffd 4.77 Increased …")
# An exchange-rate line: an amount in one currency equals one in another, its sign or code
# ("¥10,000=P3,840", "€100 = $108.20"); or the widget's heading.
_CURRENCY = (r"\p{Sc}\s?[\d,.]+\s*=\s*(?:\p{Sc}|\p{L}{1,3})?\s?[\d,.]+|両替レート|為替"
             r"|exchange\s+rates?")
_TICKER = (r"(?-i:\p{Lu}[\p{Lu}\p{N}.&\ufffd-]{1,12})\s+[\d,.]+\s*"
           r"(?:(?:(?:increased|decreased|unchanged)"
           r"\s+by\s+)?[▲▼↑↓]?\s*[-+]?[\d,.]+\s*\(\s*[-+]?[\d.]+\s*%\s*\)|[▲▼↑↓]\s*[-+]?[\d.]+\s*%)")

# A ticker row cut or glued to the next one by the scrape ("S.26 Increased By ▲ 0.26 (6.5%)",
# "SEARL 61.18 Increased GY 4.16 Increased By ▲ 0.13 (3.23%)"): nothing but symbols in
# capitals, numbers, arrows and the row's own words, with a percentage.
_TICKER_CUT = (r"(?=.*%)(?=.*[▲▼↑↓])(?:(?:(?:in|de)creased|unchanged|by"
               r"|(?-i:\p{Lu}[\p{Lu}\p{N}.&-]*)|[-+]?[\d,.]+%?|[()]|[▲▼↑↓])\s*)++")

# A ticker row whose words or figures came through garbled ("CNERGY 4.16 Increas�ed By ▲ 0.13
# (3.23%)", "GGL 10.15 Increased By ▲ 0.23 (2.32�w�%)"): its symbol and price, then its
# arrow, change and percentage, whatever stands between.
_TICKER_GARBLED = (r"(?-i:\p{Lu}[\p{Lu}\p{N}.&\ufffd-]{1,12})\s+[\d,.]+\s+\S.{0,28}?[▲▼↑↓]\s*"
                   r"[-+]?[\d,.]+\s*\(\s*[-+]?[\d.]+[^()%]{0,12}%\s*\)")

# Lines that are chrome wherever they stand.
LINES: tuple[Row, ...] = (
    # the alalam furniture (kept from strip_furniture's first shapes)
    Row("gallery marker", r"more\s*images?|view\s+gallery|photo\s+gallery", "MoreImage"),
    Row("gallery marker", r"(?:view|see|open|launch|browse)\s+(?:the\s+|all\s+)?(?:gallery|photos"
        r"|slideshow|images|pictures)|\d{1,3}\s+(?:photos|images|pictures)",
        "View all photos"),
    Row("desk code", r"\d{1,4}(?:\s*[-/]\s*\d{1,4})?", "218-12"),
    Row("desk code", r"(?-i:\p{Lu}{1,6}(?:\s*/\s*\p{Lu}{1,6})+(?:\s+\d{1,4})?)", "S/SH 11"),
    Row("desk code", r"(?-i:\p{Lu}{1,4}\s*-\s*\d{1,4})", "SA - 12"),
    Row("site tag", rf"{_SITES}(?:\s*[-–|:]\s*|\s+)(?-i:\p{{Lu}})[\p{{L}} ]{{1,30}}",
        "Alalam - Syria"),
    Row("empty category line", r"(?:categor(?:y|ies)|tags?|section|topics?|posted\s+in)\s*:?",
        "Category:"),
    Row("empty category line", r"(?:filed\s+under|labels?|keywords?|tagged(?:\s+with)?|cat[ée]gor"
        r"(?:ie|ía|ia)s?|étiquettes|etiquetas|schlagw[öo]rter)\s*:?", "Filed under:"),
    Row("photo caption",
        r"\((?:file\s+)?(?:photo|image|picture|pic|video)s?(?:\s+credit)?\s*:[^()\n]{1,60}\)",
        "(Photo: AMN)", reach=240),
    # "1 Min Read", "12 mins read", "3-minute read", "Reading time: 3 minutes", "Estimated
    # reading time: 4 min", "⏱ 5 min read", "Temps de lecture : 3 min", "Lesezeit: 3 Min."
    Row("reading time", _READ_TIME, "1 Min Read"),
    Row("reading time", _READ_TIME, "12 mins read"),
    Row("reading time", _READ_TIME, "3-minute read"),
    Row("reading time", _READ_TIME, "Reading time: 3 minutes"),
    Row("reading time", _READ_TIME, "Estimated reading time: 4 min"),
    Row("reading time", _READ_TIME, "Temps de lecture : 3 min"),
    Row("counter", r"(?:views?|comments?|shares?|likes?|visits?)\s*:?\s*\d{1,9}", "Views: 120"),
    Row("counter", r"[\d,.]{1,9}\s*[km]?\s+(?:views|shares|likes|reads|visits|hits)"
        r"|(?:reads?|hits)\s*:?\s*[\d,.]{1,9}\s*[km]?", "1.2K shares"),
    # share, follow and print rows
    Row("share row", rf"(?:{_SHARE}{_SHARE_FILL}[\s|·•/,:]*){{1,8}}",
        "Share on WhatsApp", reach=240),
    Row("share row", rf"(?:{_SHARE}{_SHARE_FILL}[\s|·•/,:]*){{1,8}}",
        "Facebook Twitter Email", reach=240),
    Row("share row", rf"(?:{_SHARE}{_SHARE_FILL}[\s|·•/,:]*){{1,8}}",
        "Print this article Back to Top", reach=240),
    Row("share row", r"send\s+(?:a\s+link|this(?:\s+\w+)?)\s+to\s+a\s+friend",
        "Send a link to a friend", reach=240),
    # "Follow us on Facebook", "Follow us on X and Instagram", "Like us on Facebook", "Join
    # our WhatsApp channel", "Follow @example_news on Twitter", "Suivez-nous sur Facebook"
    Row("follow row", _FOLLOW, "Follow us on Facebook", reach=240),
    Row("follow row", _FOLLOW, "Like us on Facebook and follow us on Twitter", reach=240),
    Row("follow row", _FOLLOW, "Join our WhatsApp channel", reach=240),
    Row("follow row", _FOLLOW, "Follow @example_news on Twitter", reach=240),
    Row("follow row", _FOLLOW, "Follow Us:", reach=240),
    Row("follow row", _FOLLOW, "Suivez-nous sur Facebook", reach=240),
    # "Sign up for our daily newsletter", "Subscribe to our newsletter", "Get our free
    # newsletters", "Click here to subscribe", "Click here to sign up for alerts"
    Row("newsletter pitch", _NEWSLETTER, "Sign up for our daily newsletter", reach=240),
    Row("newsletter pitch", _NEWSLETTER, "Sign up to our free newsletters here.", reach=240),
    Row("newsletter pitch", _NEWSLETTER, "Get the latest news delivered to your inbox",
        reach=240),
    Row("newsletter pitch", _NEWSLETTER, "Click here to subscribe", reach=240),
    Row("newsletter pitch", _NEWSLETTER, "Click here to download our app.", reach=240),
    # cookie and consent banners
    Row("cookie banner", _COOKIES, "We use cookies to give you the best experience on our site.",
        reach=500),
    Row("cookie banner", _COOKIES,
        "By continuing to use this site, you agree to our use of cookies.", reach=500),
    Row("cookie banner", _COOKIES, "This website uses cookies.", reach=500),
    Row("cookie banner", _COOKIE_BUTTONS, "Accept all cookies"),
    Row("cookie banner", _COOKIE_BUTTONS, "Manage consent"),
    Row("story code", r"(?:story|news|article|post)\s*(?:code|id|no\.?|number)\s*:?\s*\d{3,}",
        "Story Code : 251465"),
    Row("advertisement", _ADVERT, "Advertisement"),
    Row("advertisement", _ADVERT, "- ADVERTISEMENT -"),
    Row("advertisement", _ADVERT, "Advertisement - Scroll to continue"),
    Row("advertisement", _ADVERT, "Story continues below advertisement"),
    Row("advertisement", _ADVERT, "Sponsored by Example Bank"),
    Row("advertisement", _ADVERT, "Paid content"),
    Row("advertisement", _ADVERT, "Publicité"),
    Row("advertisement", r"advertisement\s*(?:advertise\s+with\s+[\w .]{1,30})?|\[ad_\d\]",
        "[ad_2]"),
    # pitches
    Row("paywall pitch", r"join\s+[\w ]{1,40}\s+for\s+free|subscribe(?:\s+now|\s+today)?"
        r"(?:\s+to\s+[\w ]{1,40})?[.!]*|already\s+a\s+subscriber\??.{0,60}",
        "Join Investment Week for free", reach=240),
    Row("paywall pitch", r"(?:this\s+(?:article|story|content)\s+is\s+(?:only"
        r"\s+)?(?:for|available\s+"
        r"(?:to|for))\s+(?:paid\s+|premium\s+|digital\s+)?(?:subscribers|members)(?:\s+only)?"
        r"|(?:for\s+)?(?:subscribers|members)\s+only|premium\s+(?:content|article|story)"
        r"|(?:log\s*in|sign\s+in|register|subscribe)\s+(?:now\s+)?to\s+(?:continue\s+reading|read"
        r"\s+(?:the\s+(?:full|rest\s+of\s+the)\s+(?:article|story)|more|this\s+(?:article|story)))"
        r"|you(?:'ve|’ve|\s+have)\s+reached\s+(?:your|the)\s+(?:limit|maximum)\b.{0,100}"
        r"|unlock\s+(?:this|the\s+full)\s+(?:article|story)|become\s+a\s+(?:member|subscriber))"
        r"[.!…]*", "This article is for subscribers only.", reach=240),
    Row("site pitch", r"how\s+to\s+submit\s+an?\s+(?:op-?ed|letter|story)\b.{0,300}",
        "How to submit an Op-Ed: The Daily accepts opinion articles on a wide range of topics.",
        reach=500, needs=("submit",)),
    Row("agency boilerplate", r"our\s+standards\s*:.{0,60}",
        "Our Standards:The Thomson Reuters Trust Principles.", reach=240),
    Row("transcript note", r"\w+\s+transcripts\s+are\s+created\s+on\s+a\s+rush\s+deadline.{0,300}",
        "NPR transcripts are created on a rush deadline by a contractor.", reach=500,
        needs=("transcripts",)),
    # the same note on other broadcasters' transcripts ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY
    # NOT BE IN ITS FINAL FORM.", "This is a rush transcript. Copy may not be in its final form.")
    Row("transcript note", r"this\s+is\s+a\s+rush\s+transcript\b.{0,300}",
        "This is a rush transcript. Copy may not be in its final form.", reach=500),
    # comment chrome
    Row("comment chrome", r"view\s+all\s+comments|notify\s+of|inline\s+feedbacks|\d{1,5}\s+"
        r"comments?|no\s+comments\s*:?|read\s+comments|show\s+comments|comments",
        "Inline Feedbacks"),
    Row("comment chrome", r"(?:be\s+the\s+first\s+to\s+comment|join\s+the"
        r"\s+(?:conversation|discussion"
        r"|debate)|(?:load|hide|show|view|see)\s+(?:\d{1,5}\s+)?(?:more\s+)?comments|comments?\s*"
        r"\(\d{1,5}\)|\d{1,5}\s+(?:responses?|replies|reactions)|discuss\s+this\s+(?:article|story)"
        r"|write\s+a\s+comment|add\s+(?:a\s+)?comment|comment)[.!:]*",
        "Be the first to comment"),
    Row("comment chrome", r"comments\s+are\s+posted\s+from\s+viewers\s+like\s+you.{0,200}",
        "Comments are posted from viewers like you and do not always reflect the views.",
        reach=500),
    Row("comment form", r"your\s+(?:name|e-?mail(?:\s+address)?)\s*\*?:?|enter\s+the\s+characters"
        r"\s+shown\s+in\s+the\s+image\.?|image\s+captcha|your\s+email\s+address\s+will\s+not\s+"
        r"be\s+published\..{0,60}", "Your Email Address", reach=240),
    Row("comment form", r"(?:name|e-?mail|website|comment)\s*\*|required\s+fields\s+are\s+marked"
        r"\s*\*?.{0,40}|save\s+my\s+name,?\s+e-?mail,?\s+and\s+website\s+in\s+this\s+browser.{0,80}"
        r"|cancel\s+reply|post\s+comment|submit\s+comment|your\s+comment\s*\*?:?",
        "Save my name, email, and website in this browser for the next time I comment.",
        reach=240),
    # captions, credits, images
    # "Photo: AP", "PHOTO: Jane Doe / Reuters", "Photos: Getty Images", "Image source, Getty
    # Images", "Photo credit: Jane Doe for The Daily", "Photo by Jane Doe/AFP", "Photo
    # courtesy of Example Ministry", "Foto: EFE", "FILE PHOTO: Reuters"
    Row("photo credit", _PHOTO_CREDIT, "Photo: AP", reach=240),
    Row("photo credit", _PHOTO_CREDIT, "PHOTO: Jane Doe / Reuters", reach=240),
    Row("photo credit", _PHOTO_CREDIT, "Image source, Getty Images", reach=240),
    Row("photo credit", _PHOTO_CREDIT, "Photo credit: Jane Doe for The Daily", reach=240),
    Row("photo credit", _PHOTO_CREDIT, "Photo by Jane Doe/AFP", reach=240),
    Row("photo credit", _PHOTO_CREDIT, "Photo courtesy of Example Ministry", reach=240),
    Row("photo credit", _PHOTO_CREDIT, "Foto: EFE", reach=240),
    Row("photo caption", r"(?-i:Image\s+caption|IMAGE\s+CAPTION|Caption|CAPTION)\s*[,:]\s+.{2,300}",
        "Image caption, A woman walks past the closed market", reach=500),
    Row("photo credit", r"(?-i:\p{Lu}[\p{L}.'-]{1,30}(?:\s+\p{Lu}[\p{L}.'-]{1,30}){0,3}"
        r"/\p{Lu}[\p{L}-]{1,30})",
        "Felipe Villamor/BenarNews", reach=240),
    Row("image file name", _IMAGE_FILE, "180913-PH-typhoon-1000.JPG A woman walks in a street",
        reach=500),
    Row("image file name", _IMAGE_FILE, "IMG_2045.heic Crowds at the port", reach=500),
    Row("logo", r"[\p{L}\p{N} .'&-]{2,40}\s+logo\.?", "NPR logo"),
    Row("photo caption", r"(?P<repeat>.{5,39}?\p{L})\s+(?P=repeat)\s+.{1,300}",
        "Jane Doe Jane Doe said people were right to want more control", reach=500, repeats=True),
    Row("photo caption", r".{5,200}\.\s+(?:source|photo|picture|image)s?\s*:[^.]{0,40}"
        r"(?:image|photo|getty|/)[^.]{0,40}", "The premier. Source: AAP Image/ Dan Pete",
        reach=500, needs=("source", "photo", "picture", "image")),
    Row("photo caption", r".{0,400}\((?:[\w .'-]+ )?(?:photo|file\s+photo|image)s?\)"
        r"(?:\s*\|\s*license\s+photo)?|.{0,400}\((?:\w[\w.'-]*(?:\s[\w.'-]+)+/\w[\w .'-]*"
        r"|\w[\w.'-]*/\w[\w.'-]*(?:\s[\w.'-]+)+)\)",  # a name on one side: not "(I/C)"
        "Crews responded to a call around 2:15 a.m. Sunday. (Jane Doe/CBC)", reach=500,
        needs=("(",)),
    Row("author bio", r"(?-i:\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}.'-]+){1,2})\s+is\s+an?\s+(?:[\w-]+\s+)"
        r"{0,4}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor)\s+"
        r"(?:at|for|with)\s+(?-i:\p{Lu}).{0,250}",
        "Jane Doe is a breaking news reporter at The Daily Star based in New York.", reach=500),
    # "Contact the author at jdoe@example.com", "Reach her at …", a bare e-mail address line
    Row("author contact", r"(?:contact|reach|e-?mail|write\s+to)\s+(?:the\s+(?:author|writer"
        r"|reporter)|him|her|them|me|us)\s+(?:at|on|via)\s+\S{3,80}?\.?",
        "Contact the author at jdoe@example.com", reach=240),
    Row("author contact", r"[\w.+-]{1,60}@[\w-]{1,60}(?:\.[\w-]{1,30}){1,4}",
        "jane.doe@example-news.co.uk", reach=240, needs=("@",)),
    # (none that names a month: "vendredi 5 mars 2021" is a date line in lower case)
    Row("image name", _IMAGE_NAME, "caroline sheriff1"),
    Row("image name", _IMAGE_NAME, "img_204"),
    # leaked script and markup
    Row("leaked script", r"(?=[^=;{}]*[=;{}]).{0,200}(?:\bfunction\s*\("
        r"|\b(?:document|window)\.\w+|\.(?:getElements?By\w+|createElement|parentNode"
        r"|insertBefore)\b|\bvar\s+\w+(?:\s*,\s*\w+)*\s*[=,;]|\bjs\.\w+\s*=).{0,200}",
        "js = d.createElement(s); js.id = id;", reach=500,
        needs=("=", ";", "{", "}")),
    Row("leaked script", r"[{}()\[\];,\s]+|\}\s*\(.{0,80}\)\)?;?",
        "}(document, 'script', 'x'));", reach=240),
    Row("embedded player", r"(?:[•-]\s*)?<(?:iframe|embed|video|audio|script)\b.{0,400}",
        '<iframe src="https://example.org/player/embed/1" width="100%">', reach=500),
    Row("bare link", r"(?:https?://|www\.)\S{1,220}", "https://example.org/vdcc.-ya2.html",
        reach=240),
    # navigation
    Row("breadcrumb", r"home(?:\s*[>»›/]\s*[\p{L}\p{N} &'-]{1,30}){1,5}", "Home > News", reach=240),
    Row("breadcrumb", r"(?:home|homepage|accueil|inicio|início|startseite)(?:\s*[>»›/|]\s*"
        r"[\p{L}\p{N} &'-]{1,30}){1,5}", "Accueil » Monde", reach=240),
    Row("menu", r"expand\s*/\s*collapse\s+search|(?:main\s+)?menu|search|skip\s+to\s+(?:main\s+)?"
        r"content|toggle\s+navigation|close|back|sign\s+in|log\s+in|register|newsletters?"
        r"|tags|categories|topics|news|tt|a\s*\+?\s*a\s*-?", "Expand / Collapse search"),
    Row("menu", r"skip\s+to\s+(?:main\s+)?(?:content|navigation|footer)|(?:open|close|toggle)\s+"
        r"(?:the\s+)?(?:menu|navigation|search)|e-?paper|live\s+tv|watch\s+live|my\s+account"
        r"|sign\s+up|log\s*out|inicio|accueil|rechercher|buscar|suche", "Open menu"),
    Row("menu", r"filtered\s+by\s*:\s*\w{1,30}", "Filtered By: Topstories"),
    Row("site name", _SITE_NAME, "DAWN.COM", reach=240),
    Row("site name", _SITE_NAME, "Example.co.uk", reach=240),
    Row("site name", r"(?-i:[\p{Lu}\p{N}&-]{2,12})\s+news(?:\s+network)?", "ABS-CBN News"),
    Row("site name", _MASTHEAD, "The Example Herald"),
    Row("menu", _MENU, "World | Business | Sport | Opinion", reach=500, needs=("|", "•", "·")),
    Row("letter-spaced head", r"(?-i:\p{Lu}(?:\s{1,3}\p{Lu}){3,})",
        "C H A N D I G A R H", reach=240),
    Row("footer links", r"(?:copyright|privacy\s+policy|terms\s+of\s+(?:service|use)|cookie\s+"
        r"policy|contact\s+us|about\s+us|commenting\s+policy|do\s+not\s+sell\s+my\s+personal\s+"
        r"information|sitemap|advertise|careers|[\s|·•])+",
        "Copyright Commenting Policy Privacy Policy Terms of Service", reach=240),
    Row("footer links", r"(?:all\s+rights\s+reserved\.?|terms\s+(?:and|&)"
        r"\s+conditions|privacy(?:\s+"
        r"(?:notice|statement|settings))?|accessibility|editorial\s+(?:policy|guidelines|standards)"
        r"|corrections|rss|faqs?|help|imprint|impressum|mentions\s+l[ée]gales|site\s*map|[\s|·•])+",
        "Terms and Conditions | Privacy Notice | Accessibility", reach=240),
    Row("copyright notice", r"(?:copyright|\(c\)|©)\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?,?\s+"
        r"(?-i:\p{Lu})[^.]{1,60}(?:\.\s*all\s+rights\s+reserved)?\.?",
        "© 2024 The Daily Star. All rights reserved.", reach=240),
    # a copyright notice under the story: the outlet it names is a credit (find_credits reads
    # it from the recorded fix), the notice is not article text
    Row("copyright notice", r"(?:copyright|\(c\)|©)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?"
        r"[^.]{2,60}\.\s+(?:all\s+rights\s+reserved|to\s+see\s+more|visit\b|this\s+material"
        r"\s+may\s+not).{0,300}",
        "Copyright 2019 The Daily Star. All rights reserved. This material may not be published.",
        reach=500),
    # the print edition a web story also ran in: "Published in The Daily Star, March 4th, 2024"
    Row("print edition line", rf"published\s+in\s+(?:the\s+)?(?-i:\p{{Lu}})[\p{{L}}&'’ .-]{{1,40}},"
        rf"\s+{_DATE}\.?", "Published in The Daily Star, March 4th, 2024", reach=240),
    # a line pointing to the story elsewhere (find_credits reads its source from the fix)
    Row("credit line", _CREDIT_LINE, "Source: https://example-news.com/story/1", reach=240),
    Row("credit line", _CREDIT_LINE, "via example-news.com", reach=240),
    Row("credit line", _CREDIT_LINE, "Full story: WXYZ", reach=240),
    # widgets
    Row("today's paper widget", r"today['’]?s\s+paper", "Today's Paper"),
    Row("server error", r"(?:error|fatal\s+error|parse\s+error)\s*:.{1,80}"
        r"|\d{3}\s+(?:not\s+found|forbidden|internal\s+server\s+error|bad\s+gateway"
        r"|service\s+unavailable)", "error: Content is protected !!", reach=240),
    # Apache's server-side-include error, left where an include failed (any SSI site)
    Row("server error", r"\[an\s+error\s+occurred\s+while\s+processing\s+this\s+directive\]",
        "[an error occurred while processing this directive]"),
    # Xdebug's file:line head of a dump, left alone where the dump under it was cut away (the
    # dump readers take a head with its dump): PHP's debug output, not the article's
    Row("debug dump head", r"(?:[-•*]\s*)?\S{0,220}\.php:\d{1,6}:",
        "/var/www/html/wp-content/themes/news/single.php:42:", reach=240, needs=(".php:",)),
    # the heading of a common WordPress share plugin
    Row("share row", r"spread\s+the\s+love", "Spread the love"),
    # "AIRLINK 78.55 Decreased By ▼ -0.06 (-0.08%)", "AAPL 189.20 -1.25 (-0.66%)", "DOW 38,120
    # ▼ 0.52%": one pattern (a row that can start with any capitalised word costs every line)
    Row("stock ticker", _TICKER, "AIRLINK 78.55 Decreased By ▼ -0.06 (-0.08%)", reach=240),
    Row("stock ticker", _TICKER, "KSE-100 45,123.45 +120.50 (+0.27%)", reach=240),
    Row("stock ticker", _TICKER_CUT, "SEARL 61.18 Increased GY 4.16 Increased By ▲ 0.13 (3.23%)",
        reach=240, needs=("▲", "▼", "↑", "↓")),
    Row("stock ticker", _TICKER_GARBLED, "CNERGY 4.16 Incre��sed By ▲ 0.13 (3.23%)",
        reach=240, needs=("▲", "▼", "↑", "↓")),
    Row("stock ticker", _TICKER_GARBLED, "GGL 10.15 Increased By ▲ 0.23 (2.32�w��L%)",
        reach=240, needs=("▲", "▼", "↑", "↓")),
    Row("weather widget", r".{0,20}?-?\d{1,3}\s*°\s*[CF]?(?:\s*/?\s*-?\d{1,3}\s*°\s*[CF]?)*",
        "32°C25°C", needs=("°",)),
    Row("currency widget", _CURRENCY, "¥10,000=P3,840"),
    Row("currency widget", _CURRENCY, "€100 = $108.20"),
    Row("clock widget", r"(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:local\s+time|gmt|utc)?\s*){2,}",
        "11:16 LOCAL TIME 08:16 GMT", reach=240),
    Row("player chrome", r"this\s+browser\s+does\s+not\s+support\s+the\s+(?:video|audio)\s+"
        r"element\.?|watch(?:\s+the)?\s+video|(?:•\s*)?transcript|your\s+(?:web\s+)?browser\s+"
        r"is\s+(?:no\s+longer\s+supported|out\s+of\s+date).{0,80}",
        "This browser does not support the Video element.", reach=240),
    Row("player chrome", r"(?:this|your)\s+browser\s+does\s+not\s+support\s+(?:the\s+)?(?:html5"
        r"\s+)?"
        r"(?:video|audio)(?:\s+(?:element|tag|player))?\.?|play\s+(?:video|audio)|watch\s+now"
        r"|listen\s+(?:to\s+this\s+(?:article|story)|now)(?:\s*[:|–-]?\s*\d{1,2}:\d{2})?"
        r"|(?:video\s+)?duration\s*:?\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}"
        r"|loading\s+(?:video|player)(?:\.{3}|…)?", "Your browser does not support the video tag.",
        reach=240),
    # a player's or a widget's loading placeholder, alone on its line
    Row("player chrome", r"(?:loading|please\s+wait|buffering)(?:\s*(?:\.{1,3}|…))?", "Loading…"),
    # links to other stories
    # "Read more: …", "ALSO READ | …", "Related: …", "READ NEXT: …", "Watch also: …", "Further
    # reading: …", "Lire aussi : …", "Lea también: …", "Leia também: …", "Lesen Sie auch: …"
    # ("Watch: …", "READ: …" alone open headlines: "Watch: A family returns home")
    Row("related link", _RELATED, "Read more: Airline to convert its airport terminal",
        reach=240),
    Row("related link", _RELATED, "ALSO READ | Airline to convert its airport terminal",
        reach=240),
    Row("related link", _RELATED, "READ NEXT: Airline to convert its airport terminal",
        reach=240),
    Row("related link", _RELATED, "Lire aussi : Une compagnie ferme son terminal", reach=240),
    Row("related link", r"(?!(?:source|via|credit|photo|image)s?:)"
        r"(?-i:\p{Lu}\p{Ll}+(?: \p{L}+){0,3}):(?-i:\p{Lu}).{5,120}",
        "Flint mayor:Water is better but new pipes needed", reach=240),
    Row("related link", rf"[-•*]\s+.{{8,160}}?\s+[-–|]\s+{_DATE}",
        "- Government moves to end fuel subsidy - December 26, 2024", reach=240),
    Row("next story link", r"(?=.{0,230}$(?<=story|article|post))"
        r".{5,200}?\s+(?:next|previous|prev)\s+(?:story|article|post)",
        "Only way back is an earnest apology: official Next Story", reach=240,
        needs=("next", "prev")),
)

# Kinds that are chrome in the header only: in the body a letter-spaced line is a section head.
HEADER_ONLY: tuple[str, ...] = ("letter-spaced head",)

# Headings that open a block of chrome.
OPENERS: tuple[Row, ...] = (
    Row("tail", r"leave\s+a\s+(?:reply|comment)|add\s+(?:a\s+)?new\s+comment|post\s+a\s+comment"
        r"|notify\s+of|view\s+all\s+comments|read\s+comments|no\s+comments\s*:?|\d{1,5}\s+"
        r"comments?|to\s+continue\s+reading(?:\s+this\s+article)?\s*[.…]*", "Leave a Reply"),
    Row("tail", r"(?:\d{1,5}|one)\s+(?:responses?|thoughts|replies)\s+(?:to|on)\s+.{1,200}"
        r"|(?:subscribe|log\s*in|sign\s+in|register)\s+(?:now\s+)?to\s+(?:continue"
        r"\s+reading|read\s+the"
        r"\s+(?:full|rest\s+of\s+the)\s+(?:article|story))[.…]*|this\s+(?:article|story|content)\s+"
        r"is\s+(?:only\s+)?(?:for|available\s+to)\s+(?:paid\s+)?(?:subscribers|members)(?:\s+only)?"
        r"[.…]*", "3 thoughts on “Army Retakes the Town”"),
    Row("links", r"related(?:\s+(?:stories|articles|news|posts|content|links))?|comments"
        r"|people\s+are\s+also\s+reading\W*|around\s+the\s+web|this\s+week['’]s\s+flyers"
        r"|you\s+may\s+also\s+like|more\s+(?:stories|news)|most\s+(?:read|popular)|trending(?:"
        r"\s+now)?"
        r"|recommended(?:\s+for\s+you)?|top\s+stories|latest\s+news|おすすめ記事",
        "Related Stories"),
    Row("links", r"you\s+(?:might|may)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|related"
        r"\s+coverage|more\s+on\s+this\s+(?:story|topic)|(?:what\s+to\s+)?read\s+next|(?:from\s+)?"
        r"around\s+the\s+web|(?:sponsored|promoted)\s+stories|editor['’]?s\s+picks|most\s+(?:viewed"
        r"|shared|commented)|popular\s+(?:stories|now|posts)|(?:à\s+)?lire\s+aussi|sur\s+le\s+même"
        r"\s+sujet|te\s+puede\s+interesar|(?:noticias|artículos|notícias)\s+relacionad[oa]s"
        r"|mehr\s+zum\s+thema|das\s+könnte\s+sie\s+auch\s+interessieren|leia\s+também",
        "You might also like"),
    # a theme's heading over the next posts' links, alone on its line
    Row("links", r"(?:check|see|read|watch)\s+also|also\s+(?:read|see|check|watch)", "Check Also"),
)

# A reader's comment opens with its writer and time: "1. Hassan on December 30, 2009 3:03 pm".
COMMENT_HEAD = Row(
    "reader comment", rf"(?:\d{{1,3}}\.\s+)?(?-i:\p{{Lu}})[\p{{L}}.'-]*(?:\s+[\p{{L}}.'-]+){{0,3}}"
    rf"\s+(?:on|says:?|said:?|wrote:?|le|el|em|il|am)\s+{_DATE}(?:,?\s+(?:at\s+|à\s+|um\s+"
    rf"|a\s+las\s+|às\s+|alle\s+)?\d{{1,2}}[:h]\d{{2}}\s*(?:[ap]\.?m\.?|uhr)?)?",
    "1. Hassan on December 30, 2009 3:03 pm")
# (also "Marie le 4 mars 2021 à 15h03", "Jan am 4. März 2021 um 15:03 Uhr")
