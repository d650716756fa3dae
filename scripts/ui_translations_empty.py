"""French and Spanish of the empty-state texts: what stands in an empty list's or table's place
(ui/labels.py EmptyState), by English source text. Menu paths use the menus' own translations."""

from __future__ import annotations

NBSP = "\u00a0"

NO_DELEGATIONS_FOR_PACKS = (
    "No delegations yet: a pack is made for one delegation. View → Delegations, Add delegation… adds one; "
    "its positions and the concerns that matter to it then shape its pack.")

EMPTY: dict[str, tuple[str, str]] = {
    NO_DELEGATIONS_FOR_PACKS: (
        f"Aucune délégation pour l'instant{NBSP}: un dossier est fait pour une délégation. Affichage → Délégations, "
        f"Ajouter une délégation… en ajoute une{NBSP}; ses positions et les préoccupations qui comptent pour elle "
        "façonnent ensuite son dossier.",
        "Todavía no hay delegaciones: cada dosier se hace para una delegación. Ver → Delegaciones, Añadir "
        "delegación… añade una; sus posiciones y las preocupaciones que le importan dan forma a su dosier."),
    "No coalition folder yet. Choose… a folder that Syncthing, Nextcloud or a network share keeps in step with "
    "your partners: the bundles they drop there show up here, and yours are written there.": (
        f"Pas encore de dossier de coalition. Choisir… un dossier que Syncthing, Nextcloud ou un partage réseau "
        f"tient à jour avec vos partenaires{NBSP}: les lots qu'ils y déposent apparaissent ici, et les vôtres y "
        "sont écrits.",
        "Todavía no hay carpeta de coalición. Elegir… una carpeta que Syncthing, Nextcloud o un recurso de red "
        "compartido mantiene al día con sus socios: los lotes que ellos dejan allí aparecen aquí, y los suyos se "
        "escriben allí."),
    "Nothing new from partners. Sync now looks in the folder again; it also looks every few minutes "
    "(Sync every).": (
        f"Rien de nouveau des partenaires. Synchroniser maintenant regarde à nouveau dans le dossier{NBSP}; il y "
        "regarde aussi toutes les quelques minutes (Synchroniser toutes les).",
        "Nada nuevo de los socios. Sincronizar ahora vuelve a mirar en la carpeta; también mira cada pocos "
        "minutos (Sincronizar cada)."),
    "Nothing waits for a decision. When a partner's bundle changes a record you changed too, or proposes a "
    "change to your own text, it waits here until you keep yours, take theirs or merge the two "
    "(File → Import bundle… brings a partner's bundle).": (
        "Rien n'attend de décision. Quand le lot d'un partenaire modifie un élément que vous avez modifié aussi, "
        "ou propose un changement à votre propre texte, il attend ici que vous gardiez le vôtre, preniez le leur "
        "ou fusionniez les deux (Fichier → Importer un lot… apporte le lot d'un partenaire).",
        "Nada espera una decisión. Cuando el lote de un socio cambia un elemento que usted también cambió, o "
        "propone un cambio a su propio texto, espera aquí hasta que usted conserve el suyo, tome el de ellos o "
        "combine los dos (Archivo → Importar lote… trae el lote de un socio)."),
    "No articles yet: File → Import draft… reads a treaty text, and its articles become the columns.": (
        f"Aucun article pour l'instant{NBSP}: Fichier → Importer un projet de texte… lit le texte d'un traité, "
        "et ses articles deviennent les colonnes.",
        "Todavía no hay artículos: Archivo → Importar proyecto de texto… lee el texto de un tratado, y sus "
        "artículos pasan a ser las columnas."),
    "No delegations yet: View → Delegations, Add delegation…; each becomes a row where a click on a cell "
    "records its stance on that article.": (
        f"Aucune délégation pour l'instant{NBSP}: Affichage → Délégations, Ajouter une délégation…{NBSP}; chacune "
        "devient une ligne où un clic sur une case enregistre sa position sur cet article.",
        "Todavía no hay delegaciones: Ver → Delegaciones, Añadir delegación…; cada una pasa a ser una fila donde "
        "un clic en una celda registra su postura sobre ese artículo."),
    "No laws or bills recorded for {state} yet: Add law… records one; its sections then map to the treaty "
    "articles they implement.": (
        f"Aucune loi ni aucun projet de loi enregistré pour {{state}}{NBSP}: Ajouter une loi… en enregistre "
        f"un{NBSP}; ses sections se rattachent ensuite aux articles du traité qu'elles mettent en œuvre.",
        "Todavía no hay leyes ni proyectos de ley registrados para {state}: Añadir ley… registra uno; sus "
        "secciones se vinculan luego a los artículos del tratado que aplican."),
    "No states yet: View → Delegations, Add delegation… (kind: state); then the laws and bills each passes to "
    "implement the treaty are recorded here.": (
        f"Aucun État pour l'instant{NBSP}: Affichage → Délégations, Ajouter une délégation… (type{NBSP}: État){NBSP}; "
        "les lois et projets de loi que chacun adopte pour mettre en œuvre le traité s'enregistrent ensuite ici.",
        "Todavía no hay Estados: Ver → Delegaciones, Añadir delegación… (tipo: Estado); luego se registran aquí "
        "las leyes y proyectos de ley que cada uno aprueba para aplicar el tratado."),
    "No concerns yet. Choose a provision under View → Provisions and use Edit → New concern on this provision… "
    "(or Add concern… on its Concerns tab); File → Import bundle… brings a partner's concerns.": (
        "Aucune préoccupation pour l'instant. Choisissez une disposition sous Affichage → Dispositions et "
        "utilisez Édition → Nouvelle préoccupation sur cette disposition… (ou Ajouter une préoccupation… dans son "
        f"onglet Préoccupations){NBSP}; Fichier → Importer un lot… apporte les préoccupations d'un partenaire.",
        "Todavía no hay preocupaciones. Elija una disposición en Ver → Disposiciones y use Edición → Nueva "
        "preocupación sobre esta disposición… (o Añadir preocupación… en su pestaña Preocupaciones); Archivo → "
        "Importar lote… trae las preocupaciones de un socio."),
    "No delegations yet. Add delegation… records one (name, ISO code, working languages); then their positions, "
    "notes and contacts show here and each can get its own briefing pack.": (
        "Aucune délégation pour l'instant. Ajouter une délégation… en enregistre une (nom, code ISO, langues de "
        f"travail){NBSP}; leurs positions, notes et contacts s'affichent ensuite ici, et chacune peut recevoir son "
        "propre dossier d'information.",
        "Todavía no hay delegaciones. Añadir delegación… registra una (nombre, código ISO, idiomas de trabajo); "
        "luego sus posiciones, notas y contactos aparecen aquí, y cada una puede recibir su propio dosier "
        "informativo."),
    "No evidence cases yet. Add case… records a documented case (country, law, what happened) that concerns can "
    "cite and packs can annex.": (
        "Aucun cas documenté pour l'instant. Ajouter un cas… enregistre un cas documenté (pays, loi, ce qui s'est "
        "passé) que les préoccupations peuvent citer et les dossiers mettre en annexe.",
        "Todavía no hay casos documentados. Añadir caso… registra un caso documentado (país, ley, lo que ocurrió) "
        "que las preocupaciones pueden citar y los dosieres anexar."),
    "No organizations yet. Add organization… records an NGO, coalition or other group; concerns and amendments "
    "then name who raised them.": (
        "Aucune organisation pour l'instant. Ajouter une organisation… enregistre une ONG, une coalition ou un "
        f"autre groupe{NBSP}; préoccupations et amendements nomment ensuite qui les a soulevés.",
        "Todavía no hay organizaciones. Añadir organización… registra una ONG, una coalición u otro grupo; "
        "preocupaciones y enmiendas nombran luego quién las planteó."),
    "No sources yet. Add source… records a report, statement or article (title, organization, date, web "
    "address) that concerns and positions can cite.": (
        "Aucune source pour l'instant. Ajouter une source… enregistre un rapport, une déclaration ou un article "
        "(titre, organisation, date, adresse web) que les préoccupations et les positions peuvent citer.",
        "Todavía no hay fuentes. Añadir fuente… registra un informe, una declaración o un artículo (título, "
        "organización, fecha, dirección web) que las preocupaciones y las posiciones pueden citar."),
    "No {records} here yet. Each record a partner's bundle brings (File → Import bundle…) is listed with the "
    "organization that sent it and when the bundle was made; “Made in this workspace” lists your own.": (
        "Aucun élément ici pour l'instant ({records}). Chaque élément qu'apporte le lot d'un partenaire "
        f"(Fichier → Importer un lot…) est listé avec l'organisation qui l'a envoyé et la date du lot{NBSP}; "
        f"«{NBSP}Créé dans cet espace de travail{NBSP}» liste les vôtres.",
        "Todavía no hay nada aquí ({records}). Cada elemento que trae el lote de un socio (Archivo → Importar "
        "lote…) aparece con la organización que lo envió y la fecha del lote; «Creado en este espacio de "
        "trabajo» muestra los suyos."),
    "No states yet: Import status list… reads who signed, ratified or withdrew (the depositary's table), or "
    "View → Delegations, Add delegation… adds a state by hand.": (
        f"Aucun État pour l'instant{NBSP}: Importer l'état des ratifications… lit qui a signé, ratifié ou s'est "
        "retiré (le tableau du dépositaire), ou Affichage → Délégations, Ajouter une délégation… ajoute un État "
        "à la main.",
        "Todavía no hay Estados: Importar estado de ratificaciones… lee quién firmó, ratificó o se retiró (la "
        "tabla del depositario), o Ver → Delegaciones, Añadir delegación… añade un Estado a mano."),
    "No treaty yet: File → Import draft… reads its text; then Import status list… here reads who signed, "
    "ratified or withdrew (the depositary's table).": (
        f"Aucun traité pour l'instant{NBSP}: Fichier → Importer un projet de texte… lit son texte{NBSP}; ensuite "
        "Importer l'état des ratifications…, ici, lit qui a signé, ratifié ou s'est retiré (le tableau du "
        "dépositaire).",
        "Todavía no hay tratado: Archivo → Importar proyecto de texto… lee su texto; luego Importar estado de "
        "ratificaciones…, aquí, lee quién firmó, ratificó o se retiró (la tabla del depositario)."),
    "No amendment to the version under From: amendments are recorded on a provision's Amendments tab "
    "(View → Provisions).": (
        f"Aucun amendement à la version choisie sous Depuis{NBSP}: les amendements s'enregistrent dans l'onglet "
        "Amendements d'une disposition (Affichage → Dispositions).",
        "No hay enmiendas a la versión elegida en Desde: las enmiendas se registran en la pestaña Enmiendas de "
        "una disposición (Ver → Disposiciones)."),
    "This view compares two versions of the treaty: the amendments you proposed to the earlier one, and whether "
    "the later one took them up. File → Import draft… adds a version.": (
        f"Cette vue compare deux versions du traité{NBSP}: les amendements que vous avez proposés à la "
        "première, et si la suivante les a repris. Fichier → Importer un projet de texte… ajoute une version.",
        "Esta vista compara dos versiones del tratado: las enmiendas que usted propuso a la anterior, y si la "
        "posterior las recogió. Archivo → Importar proyecto de texto… añade una versión."),
    "No treaty text yet. File → Import draft… reads one and splits it into articles and paragraphs, which are "
    "listed here.": (
        "Pas encore de texte de traité. Fichier → Importer un projet de texte… en lit un et le découpe en articles "
        "et paragraphes, qui sont listés ici.",
        "Todavía no hay texto de tratado. Archivo → Importar proyecto de texto… lee uno y lo divide en artículos y "
        "párrafos, que se enumeran aquí."),
}
