"""Every string the UI shows, in Finnish, Swedish and English: one catalogue.

``text(key, lang, **fmt)`` looks a string up and fills its ``{placeholders}``. The answers' own fixed
sentences (refusal, safety referral) live in ``assistant.prompts``; this module holds the UI's.
"""

from __future__ import annotations

from typing import Any

# The languages the UI speaks. The languages of the documents are another list: the document-language
# filter offers those the store holds (ui/chat.py).
UI_LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
# The switch shows each language in its own name, so anyone can find theirs.
LANGUAGE_SWITCH = [("Suomi", "fi"), ("Svenska", "sv"), ("English", "en")]

STRINGS: dict[str, dict[str, str]] = {
    # --- frame -----------------------------------------------------------------------------------
    "app_title": {
        "fi": "Tietoavustaja: lapsikauppa ja lapsiin kohdistuva väkivalta",
        "sv": "Kunskapsassistent: människohandel med barn och våld mot barn",
        "en": "Knowledge assistant: trafficking in children and violence against children",
    },
    "app_subtitle": {
        "fi": "Sosiaali- ja terveydenhuollon ammattilaisille. Vastaukset vain tietokannan lähteistä, lähdeviittein.",
        "sv": "För yrkesverksamma inom social- och hälsovården. Svar endast ur kunskapsbasens källor, "
              "med källhänvisningar.",
        "en": "For social and health professionals. Answers only from the knowledge base, with sources.",
    },
    "language_switch_label": {"fi": "Kieli · Språk · Language", "sv": "Kieli · Språk · Language",
                              "en": "Kieli · Språk · Language"},
    "banner": {
        "fi": "**Ei hätätilanteisiin.** Jos lapsi voi olla välittömässä vaarassa, soita **112**. "
              "Älä kirjoita tietoja, joista asiakkaan voi tunnistaa (nimi, henkilötunnus, osoite, puhelinnumero).",
        "sv": "**Inte för nödsituationer.** Om ett barn kan vara i omedelbar fara, ring **112**. "
              "Skriv inte uppgifter som kan identifiera en klient (namn, personbeteckning, adress, telefonnummer).",
        "en": "**Not for emergencies.** If a child may be in immediate danger, call **112**. "
              "Do not type details that identify a client (name, personal identity code, address, phone number).",
    },
    "footer": {
        "fi": "Vastaukset lainataan tietokannan lähteistä ja voivat olla puutteellisia: tarkista lähde ennen kuin "
              "toimit. Keskustelu säilyy vain tässä selainistunnossa.",
        "sv": "Svaren citeras ur kunskapsbasens källor och kan vara ofullständiga: kontrollera källan innan du "
              "agerar. Samtalet sparas bara i den här webbläsarsessionen.",
        "en": "Answers are quoted from the knowledge base and may be incomplete: check the source before you act. "
              "The conversation is kept only in this browser session.",
    },
    "tab_chat": {"fi": "Kysy", "sv": "Fråga", "en": "Ask"},
    "tab_workshop": {"fi": "Työpaja", "sv": "Workshop", "en": "Workshop"},
    "tab_admin": {"fi": "Ylläpito", "sv": "Administration", "en": "Admin"},
    "yes": {"fi": "kyllä", "sv": "ja", "en": "yes"},

    # --- chat ------------------------------------------------------------------------------------
    "chat_label": {"fi": "Keskustelu", "sv": "Samtal", "en": "Conversation"},
    "chat_placeholder": {
        "fi": "Kysy lapsikaupasta, lapsiin kohdistuvasta väkivallasta, ilmoitusvelvollisuudesta tai auttamisesta. "
              "Jokainen vastaus kertoo lähteensä.",
        "sv": "Fråga om människohandel med barn, våld mot barn, anmälningsplikt eller stöd. Varje svar anger "
              "sina källor.",
        "en": "Ask about trafficking in children, violence against children, the duty to report or support. "
              "Every answer names its sources.",
    },
    "question_label": {"fi": "Kysymys", "sv": "Fråga", "en": "Question"},
    "question_placeholder": {
        "fi": "Kirjoita kysymys suomeksi, ruotsiksi tai englanniksi – ilman asiakkaan tunnistetietoja",
        "sv": "Skriv en fråga på finska, svenska eller engelska – utan uppgifter som identifierar klienten",
        "en": "Type a question in Finnish, Swedish or English – without details that identify the client",
    },
    "send": {"fi": "Lähetä", "sv": "Skicka", "en": "Send"},
    "clear": {"fi": "Tyhjennä keskustelu", "sv": "Töm samtalet", "en": "Clear conversation"},
    "examples_label": {"fi": "Esimerkkikysymyksiä:", "sv": "Exempelfrågor:", "en": "Example questions:"},
    "answer_searching": {"fi": "Haetaan lähteistä…", "sv": "Söker i källorna…", "en": "Searching the sources…"},
    "answer_error": {
        "fi": "Vastausta ei voitu muodostaa: {error}",
        "sv": "Svaret kunde inte skapas: {error}",
        "en": "The answer could not be made: {error}",
    },
    "answer_failed": {
        "fi": "Jokin meni vikaan vastausta muodostettaessa. Yritä uudelleen; jos vika toistuu, kerro ylläpidolle.",
        "sv": "Något gick fel när svaret skapades. Försök igen; om felet upprepas, kontakta administratören.",
        "en": "Something went wrong while making the answer. Try again; if it keeps happening, tell the maintainers.",
    },

    # --- privacy ---------------------------------------------------------------------------------
    "privacy_warning": {
        "fi": "**Viestissä näyttää olevan henkilötietoja:** {kinds}. Älä lähetä asiakkaan tunnistetietoja. "
              "Voit poistaa ne ennen lähettämistä (esikatselu alla), lähettää viestin sellaisenaan tai muokata sitä.",
        "sv": "**Meddelandet verkar innehålla personuppgifter:** {kinds}. Skicka inte uppgifter som identifierar "
              "en klient. Du kan ta bort dem innan du skickar (förhandsvisning nedan), skicka som det är "
              "eller redigera.",
        "en": "**Your message seems to contain personal data:** {kinds}. Do not send details that identify a "
              "client. You can remove them before sending (preview below), send it as it is, or edit it.",
    },
    "privacy_redact_send": {"fi": "Poista tiedot ja lähetä", "sv": "Ta bort uppgifterna och skicka",
                            "en": "Redact and send"},
    "privacy_send_anyway": {"fi": "Lähetä silti", "sv": "Skicka ändå", "en": "Send anyway"},
    "privacy_edit": {"fi": "Muokkaa", "sv": "Redigera", "en": "Edit"},
    "kind_id_code": {"fi": "henkilötunnus", "sv": "personbeteckning", "en": "personal identity code"},
    "kind_phone": {"fi": "puhelinnumero", "sv": "telefonnummer", "en": "phone number"},
    "kind_email": {"fi": "sähköpostiosoite", "sv": "e-postadress", "en": "e-mail address"},
    "kind_iban": {"fi": "tilinumero (IBAN)", "sv": "kontonummer (IBAN)", "en": "bank account (IBAN)"},

    # --- filters ---------------------------------------------------------------------------------
    "filters_label": {"fi": "Rajaa lähteitä", "sv": "Avgränsa källorna", "en": "Filter the sources"},
    "filter_type": {"fi": "Asiakirjatyyppi", "sv": "Dokumenttyp", "en": "Document type"},
    "filter_language": {"fi": "Lähteen kieli", "sv": "Källans språk", "en": "Language of the source"},
    "filter_all_types": {"fi": "Kaikki tyypit", "sv": "Alla typer", "en": "All types"},
    "filter_all_languages": {"fi": "Kaikki kielet", "sv": "Alla språk", "en": "All languages"},

    # --- sources panel ---------------------------------------------------------------------------
    "sources_empty": {
        "fi": "Vastauksen lähteet näkyvät tässä: otsikko, kohta, lainaus ja linkki alkuperäiseen asiakirjaan.",
        "sv": "Svarets källor visas här: titel, avsnitt, citat och en länk till originaldokumentet.",
        "en": "The answer's sources appear here: title, section, quote and a link to the original document.",
    },
    "sources_heading_count": {"fi": "Lähteet ({n})", "sv": "Källor ({n})", "en": "Sources ({n})"},
    "sources_none_cited": {"fi": "Vastauksessa ei ole lähdeviitteitä", "sv": "Svaret har inga källhänvisningar",
                           "en": "The answer cites no source"},
    "open_at_page": {"fi": "Avaa alkuperäinen, sivu {page}", "sv": "Öppna originalet, sida {page}",
                     "en": "Open the original at page {page}"},
    "open_at_section": {"fi": "Avaa alkuperäinen tästä kohdasta", "sv": "Öppna originalet vid avsnittet",
                        "en": "Open the original at this section"},
    "passages_searched": {"fi": "Haussa löytyneet kohdat ({n})", "sv": "Avsnitt som sökningen hittade ({n})",
                          "en": "Passages the search found ({n})"},
    "doc_not_found": {"fi": "Asiakirjaa ei ole tietokannassa.", "sv": "Dokumentet finns inte i kunskapsbasen.",
                      "en": "The document is not in the knowledge base."},
    "doc_file_missing": {
        "fi": "Asiakirjan tiedostoa ei enää löydy. Ylläpito voi synkronoida tietokannan uudelleen.",
        "sv": "Dokumentets fil finns inte längre. Administratören kan synkronisera kunskapsbasen på nytt.",
        "en": "The document's file is no longer there. A maintainer can sync the knowledge base again.",
    },
    "doc_unreadable": {"fi": "Asiakirjaa ei voitu näyttää.", "sv": "Dokumentet kunde inte visas.",
                       "en": "The document could not be shown."},

    # --- feedback --------------------------------------------------------------------------------
    "feedback_label": {"fi": "Palaute viimeisimmästä vastauksesta", "sv": "Respons på det senaste svaret",
                       "en": "Feedback on the latest answer"},
    "feedback_rating": {"fi": "Oliko vastaus hyödyllinen?", "sv": "Var svaret till hjälp?",
                        "en": "Was the answer useful?"},
    "feedback_up": {"fi": "✓ Hyödyllinen", "sv": "✓ Till hjälp", "en": "✓ Useful"},
    "feedback_down": {"fi": "✗ Ei hyödyllinen", "sv": "✗ Inte till hjälp", "en": "✗ Not useful"},
    "feedback_wrong_source": {"fi": "Lähde on väärä tai ei tue vastausta",
                              "sv": "Källan är fel eller stöder inte svaret",
                              "en": "A source is wrong or does not support the answer"},
    "feedback_comment": {"fi": "Kommentti (vapaaehtoinen)", "sv": "Kommentar (frivillig)",
                         "en": "Comment (optional)"},
    "feedback_comment_placeholder": {"fi": "Älä kirjoita asiakkaan tietoja.", "sv": "Skriv inga klientuppgifter.",
                                     "en": "Do not type client details."},
    "feedback_send": {"fi": "Lähetä palaute", "sv": "Skicka respons", "en": "Send feedback"},
    "feedback_no_answer": {"fi": "Kysy ensin jotakin – palaute koskee viimeisintä vastausta.",
                           "sv": "Ställ först en fråga – responsen gäller det senaste svaret.",
                           "en": "Ask something first – feedback is about the latest answer."},
    "feedback_empty": {"fi": "Valitse arvio, merkitse väärä lähde tai kirjoita kommentti.",
                       "sv": "Välj ett omdöme, markera fel källa eller skriv en kommentar.",
                       "en": "Choose a rating, flag a wrong source or write a comment."},
    "feedback_thanks": {"fi": "Kiitos! Palaute tallennettiin (kysymys ilman henkilötietoja).",
                        "sv": "Tack! Responsen sparades (frågan utan personuppgifter).",
                        "en": "Thank you! The feedback was saved (the question without personal data)."},

    # --- workshop --------------------------------------------------------------------------------
    "workshop_pick": {"fi": "Harjoitustapaus", "sv": "Övningsfall", "en": "Practice case"},
    "workshop_presentation": {"fi": "Esitystila (suuri teksti)", "sv": "Presentationsläge (stor text)",
                              "en": "Presentation mode (large type)"},
    "workshop_help": {
        "fi": "Valitse tapaus, käy keskustelukysymykset läpi ja kysy avustajalta lähteineen. Vie lopuksi "
              "yhteenveto Markdown- ja PDF-tiedostona.",
        "sv": "Välj ett fall, gå igenom diskussionsfrågorna och fråga assistenten med källor. Exportera till "
              "sist en sammanfattning som Markdown och PDF.",
        "en": "Pick a case, step through its discussion questions and ask the assistant, with sources. Then "
              "export a handout as Markdown and PDF.",
    },
    "workshop_export": {"fi": "Vie yhteenveto (Markdown ja PDF)", "sv": "Exportera sammanfattning (Markdown och PDF)",
                        "en": "Export handout (Markdown and PDF)"},
    "workshop_files": {"fi": "Yhteenvetotiedostot", "sv": "Sammanfattningens filer", "en": "Handout files"},
    "workshop_empty": {"fi": "Valitse harjoitustapaus vasemmalta.", "sv": "Välj ett övningsfall till vänster.",
                       "en": "Pick a practice case on the left."},
    "workshop_previous": {"fi": "← Edellinen", "sv": "← Föregående", "en": "← Previous"},
    "workshop_next": {"fi": "Seuraava →", "sv": "Nästa →", "en": "Next →"},
    "workshop_ask": {"fi": "Kysy avustajalta", "sv": "Fråga assistenten", "en": "Ask the assistant"},
    "workshop_background": {"fi": "Kouluttajalle: tapauksen kulku ja opetukset",
                            "sv": "För utbildaren: fallets förlopp och lärdomar",
                            "en": "For the trainer: what happened and the lessons"},
    "workshop_no_questions": {"fi": "Tapauksessa ei ole keskustelukysymyksiä.",
                              "sv": "Fallet har inga diskussionsfrågor.",
                              "en": "The case has no discussion questions."},
    "workshop_counter": {"fi": "Kysymys {n} / {total}", "sv": "Fråga {n} av {total}", "en": "Question {n} of {total}"},
    "workshop_unreadable": {"fi": "Tapausta ei voitu avata: {error}", "sv": "Fallet kunde inte öppnas: {error}",
                            "en": "The case could not be opened: {error}"},
    "workshop_pick_first": {"fi": "Valitse ensin harjoitustapaus.", "sv": "Välj först ett övningsfall.",
                            "en": "Pick a practice case first."},
    "workshop_scenario": {"fi": "Tilanne", "sv": "Situation", "en": "Scenario"},
    "workshop_questions": {"fi": "Keskustelukysymykset", "sv": "Diskussionsfrågor", "en": "Discussion questions"},

    # --- handout ---------------------------------------------------------------------------------
    "handout_title": {"fi": "Työpajan yhteenveto", "sv": "Workshopens sammanfattning", "en": "Workshop handout"},
    "handout_date": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
    "handout_record": {"fi": "Harjoitustapaus", "sv": "Övningsfall", "en": "Practice case"},
    "handout_not_asked": {"fi": "Avustajalta ei kysytty tätä kysymystä.",
                          "sv": "Den här frågan ställdes inte till assistenten.",
                          "en": "The assistant was not asked this question."},
    "handout_sources": {"fi": "Lähteet", "sv": "Källor", "en": "Sources"},
    "handout_page": {"fi": "sivu", "sv": "sida", "en": "page"},
    "handout_no_sources": {"fi": "Vastauksissa ei viitattu lähteisiin.", "sv": "Svaren hänvisade inte till källor.",
                           "en": "The answers cited no sources."},
    "handout_record_sources": {"fi": "Harjoitustapaus ja sen lähteet", "sv": "Övningsfallet och dess källor",
                               "en": "The practice case and its sources"},
    "handout_footer": {
        "fi": "Kuvitteellinen koulutustapaus. Vastaukset on lainattu tietokannan lähteistä; tarkista voimassa "
              "oleva sanamuoto alkuperäisestä lähteestä.",
        "sv": "Fiktivt utbildningsfall. Svaren är citerade ur kunskapsbasens källor; kontrollera gällande "
              "lydelse i originalkällan.",
        "en": "Fictional training case. The answers are quoted from the knowledge base; check the current "
              "wording in the original source.",
    },

    # --- admin -----------------------------------------------------------------------------------
    "admin_locked": {
        "fi": "### Ylläpito ei ole käytössä\nOletussalasanaa ei ole. Ota ylläpito käyttöön asettamalla molemmat "
              "ympäristömuuttujat ja käynnistämällä `assistant serve` uudelleen:\n\n"
              "```\nASSISTANT_ADMIN_USERNAME=…\nASSISTANT_ADMIN_PASSWORD=…\n```",
        "sv": "### Administrationen är inte aktiverad\nDet finns inget standardlösenord. Aktivera administrationen "
              "genom att sätta båda miljövariablerna och starta om `assistant serve`:\n\n"
              "```\nASSISTANT_ADMIN_USERNAME=…\nASSISTANT_ADMIN_PASSWORD=…\n```",
        "en": "### The admin tab is not enabled\nThere is no default password. To enable it, set both environment "
              "variables and restart `assistant serve`:\n\n"
              "```\nASSISTANT_ADMIN_USERNAME=…\nASSISTANT_ADMIN_PASSWORD=…\n```",
    },
    "admin_login_intro": {"fi": "Kirjaudu ylläpitäjänä.", "sv": "Logga in som administratör.",
                          "en": "Log in as a maintainer."},
    "admin_username": {"fi": "Käyttäjätunnus", "sv": "Användarnamn", "en": "User name"},
    "admin_password": {"fi": "Salasana", "sv": "Lösenord", "en": "Password"},
    "admin_login": {"fi": "Kirjaudu", "sv": "Logga in", "en": "Log in"},
    "admin_login_failed": {"fi": "Kirjautuminen epäonnistui.", "sv": "Inloggningen misslyckades.",
                           "en": "Login failed."},
    "admin_login_wait": {"fi": "Liian monta yritystä: odota {seconds} s ennen seuraavaa.",
                         "sv": "För många försök: vänta {seconds} s före nästa.",
                         "en": "Too many attempts: wait {seconds} s before the next one."},
    "admin_not_logged_in": {"fi": "Kirjaudu ensin sisään.", "sv": "Logga in först.", "en": "Log in first."},
    "admin_welcome": {"fi": "Olet kirjautunut ylläpitäjänä.", "sv": "Du är inloggad som administratör.",
                      "en": "You are logged in as a maintainer."},
    "admin_logout": {"fi": "Kirjaudu ulos", "sv": "Logga ut", "en": "Log out"},
    "admin_tab_documents": {"fi": "Asiakirjat", "sv": "Dokument", "en": "Documents"},
    "admin_tab_feedback": {"fi": "Palaute", "sv": "Respons", "en": "Feedback"},
    "admin_upload_files": {"fi": "Lisättävät asiakirjat", "sv": "Dokument att lägga till", "en": "Documents to add"},
    "admin_upload_help": {
        "fi": "PDF, DOCX, Markdown, teksti, HTML tai Finlex-XML, enintään {mb} Mt tiedostoa kohden. Tyyppi "
              "tarkistetaan nimestä ja sisällöstä. Lataa ensin, synkronoi sitten.",
        "sv": "PDF, DOCX, Markdown, text, HTML eller Finlex-XML, högst {mb} MB per fil. Typen kontrolleras "
              "utifrån namn och innehåll. Ladda upp först, synkronisera sedan.",
        "en": "PDF, DOCX, Markdown, text, HTML or Finlex XML, at most {mb} MB per file. The type is checked by "
              "name and content. Upload first, then sync.",
    },
    "admin_upload": {"fi": "Lataa", "sv": "Ladda upp", "en": "Upload"},
    "admin_upload_none": {"fi": "Valitse ensin tiedostot.", "sv": "Välj först filer.", "en": "Choose files first."},
    "admin_upload_saved": {"fi": "{name} tallennettiin", "sv": "{name} sparades", "en": "{name} saved"},
    "admin_upload_refused": {"fi": "{name} hylättiin: {reason}", "sv": "{name} avvisades: {reason}",
                             "en": "{name} refused: {reason}"},
    "admin_upload_then_sync": {"fi": "Lisää asiakirjat hakuun painamalla **Synkronoi**.",
                               "sv": "Lägg till dokumenten i sökningen med **Synkronisera**.",
                               "en": "Press **Sync** to make the documents searchable."},
    "admin_sync": {"fi": "Synkronoi", "sv": "Synkronisera", "en": "Sync"},
    "admin_sync_busy": {"fi": "Synkronointi on jo käynnissä.", "sv": "En synkronisering pågår redan.",
                        "en": "A sync is already running."},
    "admin_sync_planning": {"fi": "Etsitään tiedostoja…", "sv": "Letar efter filer…", "en": "Looking for files…"},
    "admin_sync_done": {
        "fi": "**Synkronointi valmis:** lisätty {added}, päivitetty {updated}, ennallaan {unchanged}, poistettu "
              "{removed}, epäonnistui {failed}; {chunks} tekstikohtaa, {seconds} s.",
        "sv": "**Synkroniseringen klar:** tillagda {added}, uppdaterade {updated}, oförändrade {unchanged}, "
              "borttagna {removed}, misslyckade {failed}; {chunks} textavsnitt, {seconds} s.",
        "en": "**Sync finished:** added {added}, updated {updated}, unchanged {unchanged}, removed {removed}, "
              "failed {failed}; {chunks} passages, {seconds} s.",
    },
    "admin_remove_pick": {"fi": "Poistettavat asiakirjat", "sv": "Dokument att ta bort", "en": "Documents to remove"},
    "admin_remove": {"fi": "Poista", "sv": "Ta bort", "en": "Remove"},
    "admin_remove_none": {"fi": "Valitse ensin poistettavat asiakirjat.", "sv": "Välj först dokument att ta bort.",
                          "en": "Choose documents to remove first."},
    "admin_removed": {"fi": "{source} poistettiin", "sv": "{source} togs bort", "en": "{source} removed"},
    "admin_removed_keep_file": {
        "fi": "{source} poistettiin hausta; se palaa seuraavassa synkronoinnissa, ellei tiedostoa poisteta kansiosta",
        "sv": "{source} togs bort ur sökningen; det kommer tillbaka vid nästa synkronisering om inte filen tas bort",
        "en": "{source} removed from search; it comes back at the next sync unless its file is removed",
    },
    "admin_export_csv": {"fi": "Vie CSV", "sv": "Exportera CSV", "en": "Export CSV"},
    "admin_export_json": {"fi": "Vie JSON", "sv": "Exportera JSON", "en": "Export JSON"},
    "admin_export_file": {"fi": "Vientitiedosto", "sv": "Exportfil", "en": "Export file"},
    "col_source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "col_title": {"fi": "Otsikko", "sv": "Titel", "en": "Title"},
    "col_language": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    "col_type": {"fi": "Tyyppi", "sv": "Typ", "en": "Type"},
    "col_chunks": {"fi": "Kohtia", "sv": "Avsnitt", "en": "Passages"},
    "col_ingested": {"fi": "Lisätty", "sv": "Tillagd", "en": "Added"},
    "col_time": {"fi": "Aika", "sv": "Tid", "en": "Time"},
    "col_rating": {"fi": "Arvio", "sv": "Omdöme", "en": "Rating"},
    "col_wrong_source": {"fi": "Väärä lähde", "sv": "Fel källa", "en": "Wrong source"},
    "col_question": {"fi": "Kysymys (ilman henkilötietoja)", "sv": "Fråga (utan personuppgifter)",
                     "en": "Question (redacted)"},
    "col_comment": {"fi": "Kommentti", "sv": "Kommentar", "en": "Comment"},
    "col_sources": {"fi": "Lähteet", "sv": "Källor", "en": "Sources"},
}

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "fi": {"fi": "suomi", "sv": "finska", "en": "Finnish"},
    "sv": {"fi": "ruotsi", "sv": "svenska", "en": "Swedish"},
    "en": {"fi": "englanti", "sv": "engelska", "en": "English"},
}

DOC_TYPE_NAMES: dict[str, dict[str, str]] = {
    "law": {"fi": "säädös", "sv": "författning", "en": "law"},
    "guide": {"fi": "opas", "sv": "vägledning", "en": "guide"},
    "treaty": {"fi": "sopimus", "sv": "konvention", "en": "treaty"},
    "practice-record": {"fi": "harjoitustapaus", "sv": "övningsfall", "en": "practice case"},
    "contacts": {"fi": "yhteystiedot", "sv": "kontakter", "en": "contacts"},
    "research": {"fi": "tutkimus", "sv": "forskning", "en": "research"},
    "official": {"fi": "viranomaisasiakirja", "sv": "myndighetsdokument", "en": "official document"},
    "document": {"fi": "asiakirja", "sv": "dokument", "en": "document"},
}

# Example questions shown under the chat, per language; each is covered by the shipped knowledge/.
EXAMPLES: dict[str, list[str]] = {
    "fi": [
        "Milloin lastensuojeluilmoitus on tehtävä?",
        "Mistä merkeistä lapsikaupan voi tunnistaa?",
        "Miten lapsi ohjataan ihmiskaupan uhrien auttamisjärjestelmään?",
    ],
    "sv": [
        "När ska en barnskyddsanmälan göras?",
        "Vilka tecken kan tyda på människohandel med barn?",
        "Hur hänvisas ett barn till hjälpsystemet för offer för människohandel?",
    ],
    "en": [
        "When must a child welfare notification be made?",
        "What signs can point to trafficking in children?",
        "How is a child referred to the assistance system for victims of trafficking?",
    ],
}


def text(key: str, lang: str, **fmt: Any) -> str:
    """The string ``key`` in ``lang`` (falling back to English), with ``fmt`` filled in."""
    entry = STRINGS[key]
    value = entry.get(lang) or entry["en"]
    return value.format(**fmt) if fmt else value


def language_name(code: str, lang: str) -> str:
    return LANGUAGE_NAMES.get(code, {}).get(lang, code)


def doc_type_name(doc_type: str, lang: str) -> str:
    return DOC_TYPE_NAMES.get(doc_type, {}).get(lang, doc_type)


def pick_language(browser_language: str | None) -> str:
    """fi, sv or en from a browser language tag ("fi-FI", "sv-SE", "en-GB"); English for other languages,
    Finnish when the browser says nothing."""
    tag = (browser_language or "").strip().lower().replace("_", "-")
    if not tag:
        return DEFAULT_LANGUAGE
    primary = tag.split("-", 1)[0]
    return primary if primary in UI_LANGUAGES else "en"
