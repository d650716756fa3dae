<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Briefing Desk</source>
      <translation>À propos de Briefing Desk</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>À &amp;propos</translation>
    </message>
    <message>
      <source>&amp;Licences</source>
      <translation>&amp;Licences</translation>
    </message>
  </context>
  <context>
    <name>AknExport</name>
    <message>
      <source>Export draft as Akoma Ntoso</source>
      <translation>Exporter le projet en Akoma Ntoso</translation>
    </message>
    <message>
      <source>Add the public and coalition &amp;concerns on each provision as authorial notes</source>
      <translation>Ajouter les &amp;préoccupations publiques et de la coalition sur chaque disposition comme notes d'auteur</translation>
    </message>
    <message>
      <source>Attach our public and coalition &amp;amendments as amendment documents (each a redline of its provision)</source>
      <translation>Joindre nos &amp;amendements publics et de la coalition comme documents d'amendement (chacun en révision de sa disposition)</translation>
    </message>
    <message>
      <source>Internal and personal records never go into the file.</source>
      <translation>Les éléments internes et personnels ne figurent jamais dans le fichier.</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <source>Choose a provision of the version to export first.</source>
      <translation>Choisissez d'abord une disposition de la version à exporter.</translation>
    </message>
    <message>
      <source>Exported to {path}</source>
      <translation>Exporté vers {path}</translation>
    </message>
    <message>
      <source>Exported to {path} with {n} amendment attached</source>
      <translation>Exporté vers {path} avec {n} amendement joint</translation>
    </message>
    <message>
      <source>Exported to {path} with {n} amendments attached</source>
      <translation>Exporté vers {path} avec {n} amendements joints</translation>
    </message>
    <message>
      <source>Export draft</source>
      <translation>Exporter le projet</translation>
    </message>
    <message>
      <source>Writing Akoma Ntoso…</source>
      <translation>Écriture de l'Akoma Ntoso…</translation>
    </message>
    <message>
      <source>Export cancelled.</source>
      <translation>Exportation annulée.</translation>
    </message>
    <message>
      <source>Nothing was written.</source>
      <translation>Rien n'a été écrit.</translation>
    </message>
  </context>
  <context>
    <name>AmendmentDialog</name>
    <message>
      <source>Redline preview</source>
      <translation>Aperçu de la révision</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <source>Cannot show the change: {error}.</source>
      <translation>Impossible d'afficher la modification : {error}.</translation>
    </message>
    <message>
      <source>The passage amended must be copied exactly from the provision's text.</source>
      <translation>Le passage modifié doit être copié tel quel depuis le texte de la disposition.</translation>
    </message>
  </context>
  <context>
    <name>BackupsController</name>
    <message>
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <source>Make the workspace exactly as it was on {0}? What it holds now is backed up first.</source>
      <translation>Remettre l'espace de travail exactement dans son état du {0} ? Son contenu actuel est d'abord sauvegardé.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
      <source>Restore cancelled: nothing was changed.</source>
      <translation>Restauration annulée : rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Backup restored; the state before it is kept as {0}.</source>
      <translation>Sauvegarde restaurée ; l'état antérieur est conservé sous {0}.</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <source>{0} — {1:.1f} MB</source>
      <translation>{0} — {1:.1f} Mo</translation>
    </message>
    <message>
      <source>{0}, before importing {1}</source>
      <translation>{0}, avant l'importation de {1}</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Restaurer…</translation>
    </message>
    <message>
      <source>The workspace becomes exactly as it was then; what it holds now is backed up first, so you can come back to it here.</source>
      <translation>L'espace de travail redevient exactement tel qu'il était alors ; son contenu actuel est d'abord sauvegardé, pour que vous puissiez y revenir ici.</translation>
    </message>
    <message>
      <source>No backups yet: one is taken before every import.</source>
      <translation>Pas encore de sauvegarde : une sauvegarde est faite avant chaque importation.</translation>
    </message>
  </context>
  <context>
    <name>BatchExportDialog</name>
    <message>
      <source>Folder for the packs</source>
      <translation>Dossier de destination des dossiers d'information</translation>
    </message>
    <message>
      <source>As saved for each delegation</source>
      <translation>Tel qu'enregistré pour chaque délégation</translation>
    </message>
    <message>
      <source>Complete packs: every selected provision and concern</source>
      <translation>Dossiers complets : toutes les dispositions et préoccupations retenues</translation>
    </message>
    <message>
      <source>Otherwise each pack covers the 40 provisions most important for its delegation and says how many more</source>
      <translation>Sinon, chaque dossier couvre les 40 dispositions les plus importantes pour sa délégation et indique combien d'autres existent</translation>
    </message>
    <message>
      <source>Export packs for several delegations</source>
      <translation>Exporter des dossiers pour plusieurs délégations</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
      <source>Select &amp;none</source>
      <translation>Tout dé&amp;sélectionner</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>{severity} or higher</source>
      <translation>{severity} ou plus</translation>
    </message>
    <message>
      <source>Delegations to export</source>
      <translation>Délégations à exporter</translation>
    </message>
    <message>
      <source>Pack template</source>
      <translation>Modèle de dossier</translation>
    </message>
    <message>
      <source>Minimum severity</source>
      <translation>Gravité minimale</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>&amp;Dossier :</translation>
    </message>
    <message>
      <source>&amp;Template:</source>
      <translation>&amp;Modèle :</translation>
    </message>
    <message>
      <source>Minimum &amp;severity:</source>
      <translation>Gra&amp;vité minimale :</translation>
    </message>
    <message>
      <source>No delegations yet: a pack is made for one delegation. View → Delegations, Add delegation… adds one; its positions and the concerns that matter to it then shape its pack.</source>
      <translation>Aucune délégation pour l'instant : un dossier est fait pour une délégation. Affichage → Délégations, Ajouter une délégation… en ajoute une ; ses positions et les préoccupations qui comptent pour elle façonnent ensuite son dossier.</translation>
    </message>
    <message numerus="yes">
      <source>{chosen} of %n delegation(s) chosen</source>
      <translation>
        <numerusform>{chosen} sur %n délégation choisie</numerusform>
        <numerusform>{chosen} sur %n délégations choisies</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Bundles</name>
    <message>
      <source>Rows marked internal (meeting notes, contacts, internal analysis) will be in the bundle. Share it only with people who may read them. Personal rows never leave.</source>
      <translation>Les lignes marquées internes (notes de réunion, contacts, analyses internes) figureront dans le lot. Ne le partagez qu'avec des personnes autorisées à les lire. Les lignes personnelles ne partent jamais.</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <source>Updated (take theirs)</source>
      <translation>Mis à jour (leur version)</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Inchangé</translation>
    </message>
    <message>
      <source>Keep mine</source>
      <translation>Garder la mienne</translation>
    </message>
    <message>
      <source>Conflicting</source>
      <translation>En conflit</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <source>Proposed (you decide)</source>
      <translation>Proposé (à vous de décider)</translation>
    </message>
    <message>
      <source>Protected (internal here)</source>
      <translation>Protégé (interne ici)</translation>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>Exporter un lot</translation>
    </message>
    <message>
      <source>The whole workspace</source>
      <translation>Tout l'espace de travail</translation>
    </message>
    <message>
      <source>Only this selection:</source>
      <translation>Seulement cette sélection :</translation>
    </message>
    <message>
      <source>Documents
(versions, provisions, amendments, positions)</source>
      <translation>Documents
(versions, dispositions, amendements, positions)</translation>
    </message>
    <message>
      <source>Delegations
(with their positions)</source>
      <translation>Délégations
(avec leurs positions)</translation>
    </message>
    <message>
      <source>Concern categories
(with what they cite)</source>
      <translation>Catégories de préoccupations
(avec ce qu'elles citent)</translation>
    </message>
    <message>
      <source>Concerns by organization
(with what they cite)</source>
      <translation>Préoccupations par organisation
(avec ce qu'elles citent)</translation>
    </message>
    <message>
      <source>Include rows marked internal</source>
      <translation>Inclure les lignes marquées internes</translation>
    </message>
    <message>
      <source>Your organization, as partners will see it</source>
      <translation>Votre organisation, telle que les partenaires la verront</translation>
    </message>
    <message>
      <source>A line for the recipient</source>
      <translation>Une ligne pour le destinataire</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <source>Rows marked personal never leave this computer; rows marked internal stay unless you include them below.</source>
      <translation>Les lignes marquées personnelles ne quittent jamais cet ordinateur ; les lignes marquées internes restent ici sauf si vous les incluez ci-dessous.</translation>
    </message>
    <message>
      <source>Import {file}</source>
      <translation>Importer {file}</translation>
    </message>
    <message>
      <source>From: {organization}</source>
      <translation>De : {organization}</translation>
    </message>
    <message>
      <source>an unnamed organization</source>
      <translation>une organisation sans nom</translation>
    </message>
    <message>
      <source>Made: {date} with Briefing Desk {version}</source>
      <translation>Créé : {date} avec Briefing Desk {version}</translation>
    </message>
    <message>
      <source>Description: {text}</source>
      <translation>Description : {text}</translation>
    </message>
    <message>
      <source>Bundle: {id}</source>
      <translation>Lot : {id}</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Éléments</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>A backup is taken first; Tools → Undo last import restores it. </source>
      <translation>Une sauvegarde est faite d'abord ; Outils → Annuler la dernière importation la restaure. </translation>
    </message>
    <message>
      <source>{n} conflicting rows keep your version; theirs wait in Resolve conflicts.</source>
      <translation>{n} lignes en conflit gardent votre version ; la leur attend dans Résoudre les conflits.</translation>
    </message>
    <message>
      <source>No conflicts.</source>
      <translation>Aucun conflit.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
  </context>
  <context>
    <name>BundlesController</name>
    <message>
      <source>Your workspace is unchanged.</source>
      <translation>Votre espace de travail n'a pas été modifié.</translation>
    </message>
    <message>
      <source>Briefing Desk bundles (*{suffix});;All files (*)</source>
      <translation>Lots Briefing Desk (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Import bundle</source>
      <translation>Importer un lot</translation>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>Exporter un lot</translation>
    </message>
    <message>
      <source>Writing the bundle…</source>
      <translation>Écriture du lot…</translation>
    </message>
    <message numerus="yes">
      <source>Wrote {file}: %n row(s).</source>
      <translation>
        <numerusform>{file} écrit : %n ligne.</numerusform>
        <numerusform>{file} écrit : %n lignes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) stayed here (sensitivity, or they refer to rows that stayed).</source>
      <translation>
        <numerusform>%n ligne est restée ici (sensibilité, ou elle renvoie à des lignes restées ici).</numerusform>
        <numerusform>%n lignes sont restées ici (sensibilité, ou elles renvoient à des lignes restées ici).</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking {file}…</source>
      <translation>Vérification de {file}…</translation>
    </message>
    <message>
      <source>{file}: this workspace already has everything in it.</source>
      <translation>{file} : cet espace de travail contient déjà tout ce qu'il apporte.</translation>
    </message>
    <message>
      <source>Importing {file}…</source>
      <translation>Importation de {file}…</translation>
    </message>
    <message>
      <source>an unnamed organization</source>
      <translation>une organisation sans nom</translation>
    </message>
    <message numerus="yes">
      <source>Imported {file} from {organization}; %n conflict(s) or proposal(s) wait in Tools → Resolve conflicts.</source>
      <translation>
        <numerusform>{file} importé de {organization} ; %n conflit ou proposition attend dans Outils → Résoudre les conflits.</numerusform>
        <numerusform>{file} importé de {organization} ; %n conflits ou propositions attendent dans Outils → Résoudre les conflits.</numerusform>
      </translation>
    </message>
    <message>
      <source>Imported {file} from {organization}.</source>
      <translation>{file} importé de {organization}.</translation>
    </message>
    <message>
      <source>Undo last import</source>
      <translation>Annuler la dernière importation</translation>
    </message>
    <message>
      <source>There is no import to undo.</source>
      <translation>Il n'y a aucune importation à annuler.</translation>
    </message>
    <message>
      <source>Restore the workspace as it was before importing {file} ({when})?</source>
      <translation>Rétablir l'espace de travail tel qu'il était avant l'importation de {file} ({when}) ?</translation>
    </message>
    <message>
      <source>Undo import</source>
      <translation>Annuler l'importation</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
      <source>Changes made after the import will be lost.</source>
      <translation>Les modifications faites après l'importation seront perdues.</translation>
    </message>
    <message>
      <source>Undo anyway</source>
      <translation>Annuler quand même</translation>
    </message>
    <message>
      <source>Undid the import of {file}.</source>
      <translation>Importation de {file} annulée.</translation>
    </message>
    <message>
      <source>Check workspace</source>
      <translation>Vérifier l'espace de travail</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) found:</source>
      <translation>
        <numerusform>%n problème trouvé :</numerusform>
        <numerusform>%n problèmes trouvés :</numerusform>
      </translation>
    </message>
    <message>
      <source>Restore a backup from the backups folder.</source>
      <translation>Restaurez une sauvegarde depuis le dossier des sauvegardes.</translation>
    </message>
    <message>
      <source>Integrity and foreign-key checks passed.</source>
      <translation>Les contrôles d'intégrité et de clés étrangères sont réussis.</translation>
    </message>
    <message>
      <source>Resolve conflicts</source>
      <translation>Résoudre les conflits</translation>
    </message>
    <message>
      <source>Contributions</source>
      <translation>Contributions</translation>
    </message>
    <message>
      <source>The bundle was refused; your workspace is unchanged.</source>
      <translation>Le lot a été refusé ; votre espace de travail n'a pas été modifié.</translation>
    </message>
    <message>
      <source>{title} cancelled: nothing was changed.</source>
      <translation>{title} : annulé, rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Partner keys</source>
      <translation>Clés des partenaires</translation>
    </message>
    <message>
      <source>&amp;Import bundle…</source>
      <translation>&amp;Importer un lot…</translation>
    </message>
    <message>
      <source>Merge a bundle from a coalition partner</source>
      <translation>Fusionner un lot reçu d'un partenaire de la coalition</translation>
    </message>
    <message>
      <source>E&amp;xport bundle…</source>
      <translation>E&amp;xporter un lot…</translation>
    </message>
    <message>
      <source>Share a selection of this workspace as a bundle file</source>
      <translation>Partager une sélection de cet espace de travail sous forme de fichier de lot</translation>
    </message>
    <message>
      <source>&amp;Undo last import…</source>
      <translation>&amp;Annuler la dernière importation…</translation>
    </message>
    <message>
      <source>Restore the workspace as it was before the last bundle import</source>
      <translation>Remettre l'espace de travail dans l'état où il était avant la dernière importation de lot</translation>
    </message>
    <message>
      <source>&amp;Resolve conflicts…</source>
      <translation>&amp;Résoudre les conflits…</translation>
    </message>
    <message>
      <source>Contributions by &amp;organization…</source>
      <translation>Contributions par or&amp;ganisation…</translation>
    </message>
    <message>
      <source>&amp;Check workspace…</source>
      <translation>&amp;Vérifier l'espace de travail…</translation>
    </message>
    <message>
      <source>Run integrity and foreign-key checks on the workspace file</source>
      <translation>Vérifier l'intégrité et les clés étrangères du fichier de l'espace de travail</translation>
    </message>
    <message>
      <source>Partner &amp;keys…</source>
      <translation>&amp;Clés des partenaires…</translation>
    </message>
    <message>
      <source>Your key's fingerprint, the partners' keys you trust, and whether only trusted bundles come in</source>
      <translation>L'empreinte de votre clé, les clés des partenaires auxquelles vous faites confiance, et si seuls les lots de confiance sont acceptés</translation>
    </message>
    <message>
      <source>Restore a &amp;backup…</source>
      <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
      <source>Make the workspace exactly as it was in one of its backups</source>
      <translation>Remettre l'espace de travail exactement dans l'état d'une de ses sauvegardes</translation>
    </message>
    <message>
      <source>Coa&amp;lition folder…</source>
      <translation>Dossier de la coa&amp;lition…</translation>
    </message>
    <message>
      <source>Share bundles with partners through a folder a sync engine keeps in step</source>
      <translation>Partager des lots avec les partenaires grâce à un dossier tenu à jour par un outil de synchronisation</translation>
    </message>
  </context>
  <context>
    <name>Card</name>
    <message>
      <source>{action} ({record})</source>
      <translation>{action} ({record})</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>&amp;Tout sélectionner</translation>
    </message>
  </context>
  <context>
    <name>Cards</name>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Add note…</source>
      <translation>Ajouter une note…</translation>
    </message>
    <message>
      <source>note “{text}”</source>
      <translation>note « {text} »</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>No notes.</source>
      <translation>Aucune note.</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <source>contact {name}</source>
      <translation>contact {name}</translation>
    </message>
    <message>
      <source>No contacts.</source>
      <translation>Aucun contact.</translation>
    </message>
  </context>
  <context>
    <name>Coalition</name>
    <message>
      <source>{0}: refused — {1}</source>
      <translation>{0} : refusé — {1}</translation>
    </message>
    <message>
      <source>{0} — from {1}, made {2}; {3}</source>
      <translation>{0} — de {1}, créé le {2} ; {3}</translation>
    </message>
  </context>
  <context>
    <name>CoalitionController</name>
    <message>
      <source>Coalition folder</source>
      <translation>Dossier de la coalition</translation>
    </message>
    <message>
      <source>Syncing the coalition folder…</source>
      <translation>Synchronisation du dossier de la coalition…</translation>
    </message>
    <message>
      <source>Coalition sync cancelled.</source>
      <translation>Synchronisation de la coalition annulée.</translation>
    </message>
    <message>
      <source>Coalition folder: {0} imported, {1} waiting (Tools → Coalition folder…)</source>
      <translation>Dossier de la coalition : {0} importé(s), {1} en attente (Outils → Dossier de la coalition…)</translation>
    </message>
  </context>
  <context>
    <name>CoalitionDialog</name>
    <message>
      <source>Coalition folder</source>
      <translation>Dossier de la coalition</translation>
    </message>
    <message>
      <source>A folder Syncthing, Nextcloud or a network share keeps in step</source>
      <translation>Un dossier que Syncthing, Nextcloud ou un partage réseau tient à jour</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>only when asked</source>
      <translation>uniquement sur demande</translation>
    </message>
    <message>
      <source>Import bundles signed by trusted partners without asking</source>
      <translation>Importer sans demander les lots signés par des partenaires de confiance</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Synchroniser maintenant</translation>
    </message>
    <message>
      <source>Preview and import…</source>
      <translation>Aperçu et importation…</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Sync every</source>
      <translation>Synchroniser toutes les</translation>
    </message>
    <message>
      <source>Partners' bundles waiting in the folder (each is previewed before it is imported):</source>
      <translation>Lots des partenaires en attente dans le dossier (chacun est présenté avant d'être importé) :</translation>
    </message>
    <message>
      <source>No coalition folder yet. Choose… a folder that Syncthing, Nextcloud or a network share keeps in step with your partners: the bundles they drop there show up here, and yours are written there.</source>
      <translation>Pas encore de dossier de coalition. Choisir… un dossier que Syncthing, Nextcloud ou un partage réseau tient à jour avec vos partenaires : les lots qu'ils y déposent apparaissent ici, et les vôtres y sont écrits.</translation>
    </message>
    <message>
      <source>Nothing new from partners. Sync now looks in the folder again; it also looks every few minutes (Sync every).</source>
      <translation>Rien de nouveau des partenaires. Synchroniser maintenant regarde à nouveau dans le dossier ; il y regarde aussi toutes les quelques minutes (Synchroniser toutes les).</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <source>Show unchanged provisions</source>
      <translation>Afficher les dispositions inchangées</translation>
    </message>
    <message>
      <source>&amp;Document</source>
      <translation>&amp;Document :</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>Versions</translation>
    </message>
    <message>
      <source>&amp;Inline redline</source>
      <translation>Révision &amp;intégrée</translation>
    </message>
    <message>
      <source>&amp;Side by side</source>
      <translation>Côte à &amp;côte</translation>
    </message>
    <message>
      <source>Choose two different versions.</source>
      <translation>Choisissez deux versions différentes.</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>both of you changed it</source>
      <translation>vous l'avez modifié tous les deux</translation>
    </message>
    <message>
      <source>you deleted it (or a row it needs); they changed it</source>
      <translation>vous l'avez supprimé (ou un élément dont il dépend) ; ils l'ont modifié</translation>
    </message>
    <message>
      <source>they deleted it; you changed it (or work of yours depends on it)</source>
      <translation>ils l'ont supprimé ; vous l'avez modifié (ou une partie de votre travail en dépend)</translation>
    </message>
    <message>
      <source>they propose this change to a row they do not own here</source>
      <translation>ils proposent cette modification d'un élément dont ils ne sont pas propriétaires ici</translation>
    </message>
    <message>
      <source>they propose deleting a row they do not own here</source>
      <translation>ils proposent de supprimer un élément dont ils ne sont pas propriétaires ici</translation>
    </message>
    <message>
      <source>Proposal</source>
      <translation>Proposition</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflit</translation>
    </message>
    <message>
      <source>They delete this row.</source>
      <translation>Ils suppriment cet élément.</translation>
    </message>
    <message>
      <source>Only timestamps differ.</source>
      <translation>Seules les dates de modification diffèrent.</translation>
    </message>
    <message>
      <source>Resolve conflicts and proposals</source>
      <translation>Résoudre les conflits et les propositions</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>La mienne</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>La leur</translation>
    </message>
    <message>
      <source>Merged (editable)</source>
      <translation>Fusionnée (modifiable)</translation>
    </message>
    <message>
      <source>Only changed fields</source>
      <translation>Seulement les champs modifiés</translation>
    </message>
    <message>
      <source>Changes, as a redline from yours to theirs</source>
      <translation>Modifications, en suivi des modifications de la vôtre à la leur</translation>
    </message>
    <message>
      <source>Apply to all remaining conflicts</source>
      <translation>Appliquer à tous les conflits restants</translation>
    </message>
    <message>
      <source>Keep mine</source>
      <translation>Garder la mienne</translation>
    </message>
    <message>
      <source>Take theirs</source>
      <translation>Prendre la leur</translation>
    </message>
    <message>
      <source>Save merged</source>
      <translation>Enregistrer la fusion</translation>
    </message>
    <message>
      <source>Accept all from this bundle</source>
      <translation>Accepter tout ce lot</translation>
    </message>
    <message>
      <source>Reject all from this bundle</source>
      <translation>Refuser tout ce lot</translation>
    </message>
    <message>
      <source>Nothing waits for a decision. When a partner's bundle changes a record you changed too, or proposes a change to your own text, it waits here until you keep yours, take theirs or merge the two (File → Import bundle… brings a partner's bundle).</source>
      <translation>Rien n'attend de décision. Quand le lot d'un partenaire modifie un élément que vous avez modifié aussi, ou propose un changement à votre propre texte, il attend ici que vous gardiez le vôtre, preniez le leur ou fusionniez les deux (Fichier → Importer un lot… apporte le lot d'un partenaire).</translation>
    </message>
    <message>
      <source>Nothing waits for a decision.</source>
      <translation>Rien n'attend de décision.</translation>
    </message>
    <message>
      <source>Reject (keep mine)</source>
      <translation>Refuser (garder la mienne)</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>Accepter</translation>
    </message>
    <message>
      <source>an earlier import</source>
      <translation>une importation antérieure</translation>
    </message>
    <message numerus="yes">
      <source>Accept all %n from this bundle</source>
      <translation>
        <numerusform>Accepter %n élément de ce lot</numerusform>
        <numerusform>Accepter les %n éléments de ce lot</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Reject all %n from this bundle</source>
      <translation>
        <numerusform>Refuser %n élément de ce lot</numerusform>
        <numerusform>Refuser les %n éléments de ce lot</numerusform>
      </translation>
    </message>
    <message>
      <source>Theirs comes from {organization} ({bundle}): {kind}.</source>
      <translation>Leur version vient de {organization} ({bundle}) : {kind}.</translation>
    </message>
    <message>
      <source>an unnamed organization</source>
      <translation>une organisation sans nom</translation>
    </message>
    <message>
      <source>(deleted)</source>
      <translation>(supprimé)</translation>
    </message>
    <message>
      <source>Reject {title}</source>
      <translation>Refuser {title}</translation>
    </message>
    <message>
      <source>Accept {title}</source>
      <translation>Accepter {title}</translation>
    </message>
    <message>
      <source>Merge {title}</source>
      <translation>Fusionner {title}</translation>
    </message>
    <message numerus="yes">
      <source>Reject %n proposals and conflicts</source>
      <translation>
        <numerusform>Refuser %n proposition ou conflit</numerusform>
        <numerusform>Refuser %n propositions et conflits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Accept %n proposals and conflicts</source>
      <translation>
        <numerusform>Accepter %n proposition ou conflit</numerusform>
        <numerusform>Accepter %n propositions et conflits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Merge %n proposals and conflicts</source>
      <translation>
        <numerusform>Fusionner %n proposition ou conflit</numerusform>
        <numerusform>Fusionner %n propositions et conflits</numerusform>
      </translation>
    </message>
    <message>
      <source>Resolve conflict</source>
      <translation>Résoudre le conflit</translation>
    </message>
    <message>
      <source>Not saved: {error}</source>
      <translation>Non enregistré : {error}</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>Details</name>
    <message>
      <source>bundle {file}</source>
      <translation>lot {file}</translation>
    </message>
    <message>
      <source>an unnamed organization</source>
      <translation>une organisation sans nom</translation>
    </message>
    <message>
      <source>Contributed by {organization}</source>
      <translation>Apporté par {organization}</translation>
    </message>
    <message>
      <source>Version: {label}</source>
      <translation>Version : {label}</translation>
    </message>
    <message>
      <source>dated {date}</source>
      <translation>datée du {date}</translation>
    </message>
    <message>
      <source>Compare versions…</source>
      <translation>Comparer les versions…</translation>
    </message>
    <message>
      <source>New in this version (not in {earlier}).</source>
      <translation>Nouveau dans cette version (absent de {earlier}).</translation>
    </message>
    <message>
      <source>Changed since {earlier} (there: {label}).</source>
      <translation>Modifié depuis {earlier} (là : {label}).</translation>
    </message>
    <message>
      <source>Source: {source}</source>
      <translation>Source : {source}</translation>
    </message>
    <message>
      <source>source “{title}”</source>
      <translation>source « {title} »</translation>
    </message>
    <message>
      <source>Evidence case: {case}</source>
      <translation>Cas documenté : {case}</translation>
    </message>
    <message>
      <source>case “{title}”</source>
      <translation>cas « {title} »</translation>
    </message>
    <message>
      <source>concern “{title}”</source>
      <translation>préoccupation « {title} »</translation>
    </message>
    <message>
      <source>No concerns recorded for this provision.</source>
      <translation>Aucune préoccupation enregistrée pour cette disposition.</translation>
    </message>
    <message>
      <source>The amended passage no longer appears in the text.</source>
      <translation>Le passage modifié ne figure plus dans le texte.</translation>
    </message>
    <message>
      <source>Proposed: {text}</source>
      <translation>Proposé : {text}</translation>
    </message>
    <message>
      <source>Amendment</source>
      <translation>Amendement</translation>
    </message>
    <message>
      <source>Rationale:</source>
      <translation>Justification :</translation>
    </message>
    <message>
      <source>Supported by: {names}</source>
      <translation>Soutenu par : {names}</translation>
    </message>
    <message>
      <source>Answers: {titles}</source>
      <translation>Répond à : {titles}</translation>
    </message>
    <message>
      <source>amendment “{title}”</source>
      <translation>amendement « {title} »</translation>
    </message>
    <message>
      <source>No amendments recommended for this provision.</source>
      <translation>Aucun amendement recommandé pour cette disposition.</translation>
    </message>
    <message>
      <source>No positions recorded on this provision or its amendments.</source>
      <translation>Aucune position enregistrée sur cette disposition ou ses amendements.</translation>
    </message>
    <message>
      <source>{mark}: no public source supports this position; it is an illustration, not a record.</source>
      <translation>{mark} : aucune source publique n'étaye cette position ; c'est une illustration, pas un constat.</translation>
    </message>
    <message>
      <source>confidence {level}</source>
      <translation>fiabilité {level}</translation>
    </message>
    <message>
      <source>position of {delegation}</source>
      <translation>position de {delegation}</translation>
    </message>
    <message>
      <source>On the provision</source>
      <translation>Sur la disposition</translation>
    </message>
    <message>
      <source>On its amendments</source>
      <translation>Sur ses amendements</translation>
    </message>
    <message>
      <source>Amendment: {title}</source>
      <translation>Amendement : {title}</translation>
    </message>
    <message>
      <source>priority {level}</source>
      <translation>priorité {level}</translation>
    </message>
    <message>
      <source>languages: {codes}</source>
      <translation>langues : {codes}</translation>
    </message>
    <message>
      <source>Member of: {names}</source>
      <translation>Membre de : {names}</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message numerus="yes">
      <source>Positions (%n)</source>
      <translation>
        <numerusform>Positions (%n)</numerusform>
        <numerusform>Positions (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>position on {target}</source>
      <translation>position sur {target}</translation>
    </message>
    <message>
      <source>None recorded.</source>
      <translation>Aucune enregistrée.</translation>
    </message>
    <message>
      <source>Internal notes</source>
      <translation>Notes internes</translation>
    </message>
  </context>
  <context>
    <name>DraftCompare</name>
    <message>
      <source>unchanged</source>
      <translation>inchangée</translation>
    </message>
    <message>
      <source>renumbered</source>
      <translation>renumérotée</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>modifiée</translation>
    </message>
    <message>
      <source>added</source>
      <translation>ajoutée</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>supprimée</translation>
    </message>
    <message numerus="yes">
      <source>%n renumbered</source>
      <translation>
        <numerusform>%n renumérotée</numerusform>
        <numerusform>%n renumérotées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n changed</source>
      <translation>
        <numerusform>%n modifiée</numerusform>
        <numerusform>%n modifiées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n added</source>
      <translation>
        <numerusform>%n ajoutée</numerusform>
        <numerusform>%n ajoutées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n removed</source>
      <translation>
        <numerusform>%n supprimée</numerusform>
        <numerusform>%n supprimées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>%n inchangée</numerusform>
        <numerusform>%n inchangées</numerusform>
      </translation>
    </message>
    <message>
      <source>no provision changed</source>
      <translation>aucune disposition modifiée</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Changement</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Disposition</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Intitulé</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Part modifiée</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>DraftImport</name>
    <message>
      <source>Import draft — {file}</source>
      <translation>Importer un projet — {file}</translation>
    </message>
    <message>
      <source>New document…</source>
      <translation>Nouveau document…</translation>
    </message>
    <message>
      <source>e.g. Rev.3</source>
      <translation>p. ex. Rev.3</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Disposition</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Intitulé</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Why it was not placed</source>
      <translation>Pourquoi elle n'a pas été placée</translation>
    </message>
    <message>
      <source>&amp;Next: review mapping…</source>
      <translation>&amp;Suivant : revoir la correspondance…</translation>
    </message>
    <message>
      <source>&amp;Document</source>
      <translation>&amp;Document :</translation>
    </message>
    <message>
      <source>New document &amp;title</source>
      <translation>&amp;Titre du nouveau document :</translation>
    </message>
    <message>
      <source>Version &amp;label</source>
      <translation>&amp;Libellé de la version :</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>D&amp;ate :</translation>
    </message>
    <message>
      <source>&amp;Map against</source>
      <translation>&amp;Comparer avec :</translation>
    </message>
    <message>
      <source>Found {summary}.</source>
      <translation>Trouvé : {summary}.</translation>
    </message>
    <message>
      <source>Lines that could not be placed (check them in the file before saving):</source>
      <translation>Lignes qui n'ont pas pu être placées (vérifiez-les dans le fichier avant d'enregistrer) :</translation>
    </message>
    <message>
      <source>Every line was placed.</source>
      <translation>Toutes les lignes ont été placées.</translation>
    </message>
    <message>
      <source>(first version: nothing to map against)</source>
      <translation>(première version : rien à comparer)</translation>
    </message>
    <message>
      <source>Previous draft</source>
      <translation>Projet précédent</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Devient</translation>
    </message>
    <message>
      <source>Also split into</source>
      <translation>Aussi scindé en</translation>
    </message>
    <message>
      <source>Proposal</source>
      <translation>Proposition</translation>
    </message>
    <message>
      <source>Similarity</source>
      <translation>Similitude</translation>
    </message>
    <message>
      <source>Map {version} onto {base}</source>
      <translation>Faire correspondre {version} à {base}</translation>
    </message>
    <message>
      <source>&amp;Save new version</source>
      <translation>&amp;Enregistrer la nouvelle version</translation>
    </message>
    <message>
      <source>Check what each provision of the previous draft became. Concerns, amendments and positions follow these choices.</source>
      <translation>Vérifiez ce qu'est devenue chaque disposition du projet précédent. Les préoccupations, amendements et positions suivent ces choix.</translation>
    </message>
    <message>
      <source>— deleted —</source>
      <translation>— supprimée —</translation>
    </message>
    <message>
      <source>Proposal: {counts}.</source>
      <translation>Proposition : {counts}.</translation>
    </message>
    <message>
      <source>New in this draft: {names}.</source>
      <translation>Nouveau dans ce projet : {names}.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <source>{name}: also split into</source>
      <translation>{name} : aussi scindé en</translation>
    </message>
  </context>
  <context>
    <name>DraftReview</name>
    <message>
      <source>carried unchanged</source>
      <translation>reportée sans changement</translation>
    </message>
    <message>
      <source>base text changed</source>
      <translation>texte de base modifié</translation>
    </message>
    <message>
      <source>possibly adopted</source>
      <translation>peut-être adoptée</translation>
    </message>
    <message>
      <source>orphaned (provision deleted)</source>
      <translation>orpheline (disposition supprimée)</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>réglée</translation>
    </message>
    <message>
      <source>new provision</source>
      <translation>nouvelle disposition</translation>
    </message>
    <message>
      <source>concern</source>
      <translation>préoccupation</translation>
    </message>
    <message>
      <source>amendment</source>
      <translation>amendement</translation>
    </message>
    <message>
      <source>position</source>
      <translation>position</translation>
    </message>
    <message>
      <source>provision</source>
      <translation>disposition</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Élément</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Was on</source>
      <translation>Était sur</translation>
    </message>
    <message>
      <source>Now on</source>
      <translation>Désormais sur</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Motif</translation>
    </message>
  </context>
  <context>
    <name>DraftViews</name>
    <message>
      <source>Compare versions</source>
      <translation>Comparer les versions</translation>
    </message>
    <message>
      <source>What changed since the previous draft</source>
      <translation>Ce qui a changé depuis le projet précédent</translation>
    </message>
    <message>
      <source>Review after new draft</source>
      <translation>Revue après un nouveau projet</translation>
    </message>
  </context>
  <context>
    <name>DraftsController</name>
    <message>
      <source>Drafts ({patterns});;All files (*)</source>
      <translation>Projets ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Import draft</source>
      <translation>Importer un projet</translation>
    </message>
    <message>
      <source>Import draft {version}</source>
      <translation>Importer le projet {version}</translation>
    </message>
    <message numerus="yes">
      <source>Imported {version}: %n record(s) carried forward</source>
      <translation>
        <numerusform>{version} importé : %n élément reporté</numerusform>
        <numerusform>{version} importé : %n éléments reportés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n need(s) a look.</source>
      <translation>
        <numerusform>, %n à revoir.</numerusform>
        <numerusform>, %n à revoir.</numerusform>
      </translation>
    </message>
    <message>
      <source>Undo failed</source>
      <translation>Échec de l'annulation</translation>
    </message>
    <message>
      <source>New drafts</source>
      <translation>Nouveaux projets</translation>
    </message>
    <message>
      <source>Nothing was saved.</source>
      <translation>Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Import cancelled: nothing was saved.</source>
      <translation>Importation annulée : rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Import &amp;draft…</source>
      <translation>Importer un &amp;projet de texte…</translation>
    </message>
    <message>
      <source>Import a new draft of a document from a PDF, Word, Akoma Ntoso, text or Markdown file</source>
      <translation>Importer un nouveau projet d'un document depuis un fichier PDF, Word, Akoma Ntoso, texte ou Markdown</translation>
    </message>
    <message>
      <source>Export draft as A&amp;koma Ntoso…</source>
      <translation>Exporter le projet en A&amp;koma Ntoso…</translation>
    </message>
    <message>
      <source>The selected provision's version as Akoma Ntoso 3.0 XML</source>
      <translation>La version de la disposition choisie, en XML Akoma Ntoso 3.0</translation>
    </message>
    <message>
      <source>Set negotiating status of t&amp;his provision…</source>
      <translation>Dé&amp;finir l'état de négociation de cette disposition…</translation>
    </message>
    <message>
      <source>Agreed ad referendum, pending, bracketed…: where the selected provision stands</source>
      <translation>Approuvée ad referendum, en suspens, entre crochets… : où en est la disposition choisie</translation>
    </message>
    <message>
      <source>Compare &amp;versions…</source>
      <translation>Comparer les &amp;versions…</translation>
    </message>
    <message>
      <source>Compare two versions of a document</source>
      <translation>Comparer deux versions d'un document</translation>
    </message>
    <message>
      <source>&amp;Review after new draft…</source>
      <translation>Revue après un nouveau pro&amp;jet…</translation>
    </message>
    <message>
      <source>Records carried to a new draft that need a human look</source>
      <translation>Éléments reportés sur un nouveau projet qui demandent un examen humain</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>Co&amp;uper</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>C&amp;oller</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>&amp;Tout sélectionner</translation>
    </message>
  </context>
  <context>
    <name>Editor</name>
    <message>
      <source>Not saved</source>
      <translation>Non enregistré</translation>
    </message>
    <message>
      <source>{change} was not saved: {error}</source>
      <translation>{change} : non enregistré ({error})</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete {record}?</source>
      <translation>Supprimer {record} ?</translation>
    </message>
    <message>
      <source>You can undo this with Edit → Undo.</source>
      <translation>Vous pouvez l'annuler avec Édition → Annuler.</translation>
    </message>
    <message>
      <source>Undo failed</source>
      <translation>Échec de l'annulation</translation>
    </message>
  </context>
  <context>
    <name>EntriesModel</name>
    <message>
      <source>{who} for {group}</source>
      <translation>{who} au nom de {group}</translation>
    </message>
    <message>
      <source>tabled #{number}</source>
      <translation>présente la proposition #{number}</translation>
    </message>
    <message>
      <source>{role} of #{number}</source>
      <translation>{role} de la proposition #{number}</translation>
    </message>
    <message>
      <source>later position ({date}) stays current</source>
      <translation>une position ultérieure ({date}) reste valable</translation>
    </message>
    <message>
      <source>{first}; {then}</source>
      <translation>{first} ; {then}</translation>
    </message>
    <message>
      <source>#</source>
      <translation>n°</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Délégation</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Disposition</translation>
    </message>
    <message>
      <source>Stance</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>What was said</source>
      <translation>Ce qui a été dit</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Enregistré</translation>
    </message>
    <message>
      <source>Entry {seq}: {line}</source>
      <translation>Entrée {seq} : {line}</translation>
    </message>
    <message>
      <source>Illustrative: no source records it being said.</source>
      <translation>Fictif : aucune source n'atteste que cela a été dit.</translation>
    </message>
  </context>
  <context>
    <name>EntryIntoForceChart</name>
    <message>
      <source>Entry into force chart</source>
      <translation>Graphique de l'entrée en vigueur</translation>
    </message>
    <message>
      <source>{counted} of {required} instruments counted (illustrative data); {remaining} more needed.</source>
      <translation>{counted} instruments comptés sur {required} (données fictives) ; il en faut encore {remaining}.</translation>
    </message>
    <message>
      <source>{counted} of {required} instruments counted; {remaining} more needed.</source>
      <translation>{counted} instruments comptés sur {required} ; il en faut encore {remaining}.</translation>
    </message>
    <message>
      <source>{required} instruments reached; in force on {date}.</source>
      <translation>{required} instruments atteints ; en vigueur le {date}.</translation>
    </message>
    <message>
      <source>{required} instruments reached; in force between {first} and {last}.</source>
      <translation>{required} instruments atteints ; en vigueur entre le {first} et le {last}.</translation>
    </message>
    <message>
      <source>in force {date}</source>
      <translation>en vigueur le {date}</translation>
    </message>
    <message>
      <source>threshold: {n} instruments</source>
      <translation>seuil : {n} instruments</translation>
    </message>
  </context>
  <context>
    <name>EntryLine</name>
    <message>
      <source>Capture line</source>
      <translation>Ligne de saisie</translation>
    </message>
    <message>
      <source>KE 14.2 opp delete 'may' — who, provision, stance, wording, note</source>
      <translation>KE 14.2 opp delete 'may' — qui, disposition, position, libellé, note</translation>
    </message>
  </context>
  <context>
    <name>Enums</name>
    <message>
      <source>critical</source>
      <translation>critique</translation>
    </message>
    <message>
      <source>high</source>
      <translation>élevée</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>moyenne</translation>
    </message>
    <message>
      <source>low</source>
      <translation>faible</translation>
    </message>
    <message>
      <source>supports</source>
      <translation>appuie</translation>
    </message>
    <message>
      <source>opposes</source>
      <translation>s'oppose</translation>
    </message>
    <message>
      <source>undecided</source>
      <translation>indécise</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnue</translation>
    </message>
    <message>
      <source>proposes-text</source>
      <translation>propose son texte</translation>
    </message>
    <message>
      <source>public</source>
      <translation>publique</translation>
    </message>
    <message>
      <source>coalition</source>
      <translation>coalition</translation>
    </message>
    <message>
      <source>internal</source>
      <translation>interne</translation>
    </message>
    <message>
      <source>personal</source>
      <translation>personnelle</translation>
    </message>
    <message>
      <source>open</source>
      <translation>ouverte</translation>
    </message>
    <message>
      <source>partly-addressed</source>
      <translation>traitée en partie</translation>
    </message>
    <message>
      <source>addressed</source>
      <translation>traitée</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>retiré</translation>
    </message>
    <message>
      <source>insert</source>
      <translation>insertion</translation>
    </message>
    <message>
      <source>delete</source>
      <translation>suppression</translation>
    </message>
    <message>
      <source>substitute</source>
      <translation>remplacement</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>projet</translation>
    </message>
    <message>
      <source>proposed</source>
      <translation>proposé</translation>
    </message>
    <message>
      <source>tabled</source>
      <translation>présenté</translation>
    </message>
    <message>
      <source>adopted</source>
      <translation>adopté</translation>
    </message>
    <message>
      <source>partly-adopted</source>
      <translation>adopté en partie</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rejeté</translation>
    </message>
    <message>
      <source>heard-in-room</source>
      <translation>entendu en séance</translation>
    </message>
    <message>
      <source>state</source>
      <translation>État</translation>
    </message>
    <message>
      <source>regional-group</source>
      <translation>groupe régional</translation>
    </message>
    <message>
      <source>bloc</source>
      <translation>bloc</translation>
    </message>
    <message>
      <source>organization</source>
      <translation>organisation</translation>
    </message>
    <message>
      <source>ngo</source>
      <translation>ONG</translation>
    </message>
    <message>
      <source>industry</source>
      <translation>secteur privé</translation>
    </message>
    <message>
      <source>un-body</source>
      <translation>organe de l'ONU</translation>
    </message>
    <message>
      <source>government</source>
      <translation>gouvernement</translation>
    </message>
    <message>
      <source>media</source>
      <translation>médias</translation>
    </message>
    <message>
      <source>academic</source>
      <translation>milieu universitaire</translation>
    </message>
    <message>
      <source>other</source>
      <translation>autre</translation>
    </message>
    <message>
      <source>signature</source>
      <translation>signature</translation>
    </message>
    <message>
      <source>ratification</source>
      <translation>ratification</translation>
    </message>
    <message>
      <source>acceptance</source>
      <translation>acceptation</translation>
    </message>
    <message>
      <source>approval</source>
      <translation>approbation</translation>
    </message>
    <message>
      <source>accession</source>
      <translation>adhésion</translation>
    </message>
    <message>
      <source>succession</source>
      <translation>succession</translation>
    </message>
    <message>
      <source>withdrawal</source>
      <translation>retrait</translation>
    </message>
    <message>
      <source>reservation</source>
      <translation>réserve</translation>
    </message>
    <message>
      <source>declaration</source>
      <translation>déclaration</translation>
    </message>
    <message>
      <source>notification</source>
      <translation>notification</translation>
    </message>
    <message>
      <source>objection</source>
      <translation>objection</translation>
    </message>
    <message>
      <source>law</source>
      <translation>loi</translation>
    </message>
    <message>
      <source>bill</source>
      <translation>projet de loi</translation>
    </message>
    <message>
      <source>decree</source>
      <translation>décret</translation>
    </message>
    <message>
      <source>regulation</source>
      <translation>règlement</translation>
    </message>
    <message>
      <source>in-committee</source>
      <translation>en commission</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>adopté</translation>
    </message>
    <message>
      <source>in-force</source>
      <translation>en vigueur</translation>
    </message>
    <message>
      <source>amended</source>
      <translation>modifié</translation>
    </message>
    <message>
      <source>repealed</source>
      <translation>abrogé</translation>
    </message>
    <message>
      <source>bound</source>
      <translation>lié par le traité</translation>
    </message>
    <message>
      <source>signed</source>
      <translation>signataire</translation>
    </message>
    <message>
      <source>not signed</source>
      <translation>non signataire</translation>
    </message>
    <message>
      <source>proposes</source>
      <translation>propose</translation>
    </message>
    <message>
      <source>asks</source>
      <translation>pose une question</translation>
    </message>
    <message>
      <source>sponsor</source>
      <translation>auteur</translation>
    </message>
    <message>
      <source>co-sponsor</source>
      <translation>coauteur</translation>
    </message>
    <message>
      <source>supporter</source>
      <translation>soutien</translation>
    </message>
    <message>
      <source>opponent</source>
      <translation>opposant</translation>
    </message>
    <message>
      <source>spoke</source>
      <translation>intervenant</translation>
    </message>
    <message>
      <source>supported</source>
      <translation>appuyée</translation>
    </message>
    <message>
      <source>merged into the text</source>
      <translation>intégrée au texte</translation>
    </message>
  </context>
  <context>
    <name>ExportLogDialog</name>
    <message>
      <source>Briefing pack export log</source>
      <translation>Journal des exportations de dossiers</translation>
    </message>
    <message>
      <source>Exports</source>
      <translation>Exportations</translation>
    </message>
    <message>
      <source>Show exports for</source>
      <translation>Afficher les exportations pour</translation>
    </message>
    <message>
      <source>All delegations</source>
      <translation>Toutes les délégations</translation>
    </message>
    <message>
      <source>&amp;Delegation:</source>
      <translation>&amp;Délégation :</translation>
    </message>
    <message>
      <source>C&amp;heck a file…</source>
      <translation>&amp;Vérifier un fichier…</translation>
    </message>
    <message>
      <source>No pack has been exported from this workspace yet. File → Export briefing pack… (Ctrl+E) makes one; File → Export capital pack… one for a capital. Each export is listed here with the SHA-256 of its file.</source>
      <translation>Aucun dossier n'a encore été exporté de cet espace de travail. Fichier → Exporter un dossier d'information… (Ctrl+E) en crée un ; Fichier → Exporter un dossier pour la capitale… un dossier pour une capitale. Chaque exportation figure ici avec le SHA-256 de son fichier.</translation>
    </message>
    <message>
      <source>Check a pack file</source>
      <translation>Vérifier un fichier de dossier</translation>
    </message>
    <message>
      <source>Cannot read {file}: {error}</source>
      <translation>Impossible de lire {file} : {error}</translation>
    </message>
  </context>
  <context>
    <name>ExportPackDialog</name>
    <message>
      <source>Export briefing pack</source>
      <translation>Exporter un dossier d'information</translation>
    </message>
    <message>
      <source>Search delegations…</source>
      <translation>Rechercher une délégation…</translation>
    </message>
    <message>
      <source>Search delegations</source>
      <translation>Rechercher une délégation</translation>
    </message>
    <message>
      <source>Delegations</source>
      <translation>Délégations</translation>
    </message>
    <message>
      <source>Save pr&amp;ofile</source>
      <translation>Enregistrer le pr&amp;ofil</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>Print the pack as previewed (Ctrl+P)</source>
      <translation>Imprimer le dossier tel que présenté (Ctrl+P)</translation>
    </message>
    <message>
      <source>&amp;Save PDF…</source>
      <translation>Enregistrer le &amp;PDF…</translation>
    </message>
    <message>
      <source>Print briefing pack</source>
      <translation>Imprimer un dossier d'information</translation>
    </message>
    <message>
      <source>No delegations yet: a pack is made for one delegation. View → Delegations, Add delegation… adds one; its positions and the concerns that matter to it then shape its pack.</source>
      <translation>Aucune délégation pour l'instant : un dossier est fait pour une délégation. Affichage → Délégations, Ajouter une délégation… en ajoute une ; ses positions et les préoccupations qui comptent pour elle façonnent ensuite son dossier.</translation>
    </message>
    <message>
      <source>Save your changes to the pack profile {name!r} first? Otherwise they are lost.</source>
      <translation>Enregistrer d'abord vos modifications du profil de dossier {name!r} ? Sinon elles seront perdues.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Laying out the pack…</source>
      <translation>Mise en page du dossier…</translation>
    </message>
    <message>
      <source>The pack could not be built: {reason}</source>
      <translation>Le dossier n'a pas pu être créé : {reason}</translation>
    </message>
    <message>
      <source>Pack preview</source>
      <translation>Aperçu du dossier</translation>
    </message>
    <message>
      <source>Choose a delegation to print its pack.</source>
      <translation>Choisissez une délégation pour imprimer son dossier.</translation>
    </message>
    <message>
      <source>The pack is printed as soon as its preview is ready…</source>
      <translation>Le dossier sera imprimé dès que son aperçu sera prêt…</translation>
    </message>
    <message>
      <source>Print pack</source>
      <translation>Imprimer le dossier</translation>
    </message>
    <message>
      <source>Sent {} pages to the printer.</source>
      <translation>{} pages envoyées à l'imprimante.</translation>
    </message>
    <message>
      <source>Pack not printed</source>
      <translation>Dossier non imprimé</translation>
    </message>
    <message>
      <source>Profile not saved</source>
      <translation>Profil non enregistré</translation>
    </message>
    <message>
      <source>Your settings are still in the dialog.</source>
      <translation>Vos réglages sont toujours dans la fenêtre.</translation>
    </message>
    <message>
      <source>Pack profile {name!r} saved.</source>
      <translation>Profil de dossier {name!r} enregistré.</translation>
    </message>
    <message>
      <source>Pack not saved</source>
      <translation>Dossier non enregistré</translation>
    </message>
    <message>
      <source>Pack not logged</source>
      <translation>Dossier non consigné au journal</translation>
    </message>
    <message>
      <source>{file} was written but is not in the export log.</source>
      <translation>{file} a été écrit mais ne figure pas au journal des exportations.</translation>
    </message>
    <message numerus="yes">
      <source> (%n font warning(s))</source>
      <translation>
        <numerusform> (%n avertissement de police)</numerusform>
        <numerusform> (%n avertissements de police)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved {file}: %n page(s){note}.</source>
      <translation>
        <numerusform>{file} enregistré : %n page{note}.</numerusform>
        <numerusform>{file} enregistré : %n pages{note}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Save briefing pack</source>
      <translation>Enregistrer le dossier d'information</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Unsaved pack profile</source>
      <translation>Profil de dossier non enregistré</translation>
    </message>
    <message>
      <source>Save your changes to the pack profile “{}” before closing?</source>
      <translation>Enregistrer vos modifications du profil de dossier « {} » avant de fermer ?</translation>
    </message>
  </context>
  <context>
    <name>FeatureBase</name>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Nothing was saved.</source>
      <translation>Rien n'a été enregistré.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Concern</source>
      <translation>Préoccupation</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <source>Evidence cases</source>
      <translation>Cas documentés</translation>
    </message>
    <message>
      <source>Provisions</source>
      <translation>Dispositions</translation>
    </message>
    <message>
      <source>Amendment</source>
      <translation>Amendement</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Passage amended</source>
      <translation>Passage modifié</translation>
    </message>
    <message>
      <source>Proposed text</source>
      <translation>Texte proposé</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>Justification</translation>
    </message>
    <message>
      <source>Supporters</source>
      <translation>Soutiens</translation>
    </message>
    <message>
      <source>Answers concerns</source>
      <translation>Répond aux préoccupations</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Délégation</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>ISO code</source>
      <translation>Code ISO</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Nature</translation>
    </message>
    <message>
      <source>Working languages (comma-separated codes)</source>
      <translation>Langues de travail (codes séparés par des virgules)</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <source>Member of</source>
      <translation>Membre de</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Stance</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>On</source>
      <translation>Sur</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Fiabilité</translation>
    </message>
    <message>
      <source>Illustrative (no public source)</source>
      <translation>Fictive (aucune source publique)</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Adresse web</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Cote du document</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>Éditeur</translation>
    </message>
    <message>
      <source>Reliability note</source>
      <translation>Note sur la fiabilité</translation>
    </message>
    <message>
      <source>Evidence case</source>
      <translation>Cas documenté</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Law</source>
      <translation>Loi</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Nom court</translation>
    </message>
    <message>
      <source>Member of our coalition</source>
      <translation>Membre de notre coalition</translation>
    </message>
    <message>
      <source>Sensitivity</source>
      <translation>Confidentialité</translation>
    </message>
  </context>
  <context>
    <name>FloorMode</name>
    <message>
      <source>Not recorded: {reason}</source>
      <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
      <source>proposal #{number} ({gist}) is now {status}</source>
      <translation>la proposition n° {number} ({gist}) est maintenant {status}</translation>
    </message>
    <message>
      <source>{speaker} for {group}</source>
      <translation>{speaker} au nom de {group}</translation>
    </message>
    <message>
      <source>{speaker} for {count} states</source>
      <translation>{speaker} au nom de {count} États</translation>
    </message>
    <message>
      <source>a general statement</source>
      <translation>une déclaration générale</translation>
    </message>
    <message>
      <source>{who} on {where}: {stance}</source>
      <translation>{who} sur {where} : {stance}</translation>
    </message>
    <message>
      <source>tables #{number}: {gist}</source>
      <translation>présente la proposition n° {number} : {gist}</translation>
    </message>
    <message>
      <source>{role} of #{number} ({gist})</source>
      <translation>{role} de la proposition n° {number} ({gist})</translation>
    </message>
    <message>
      <source>#{number} becomes {status}</source>
      <translation>la proposition n° {number} devient {status}</translation>
    </message>
    <message>
      <source>position: {stance}</source>
      <translation>position : {stance}</translation>
    </message>
    <message>
      <source>position: {stance} again</source>
      <translation>position : {stance} de nouveau</translation>
    </message>
    <message>
      <source>position: {before} → {after}</source>
      <translation>position : {before} → {after}</translation>
    </message>
    <message>
      <source>⚠ a later position stays current ({stance}, {date}{source}): no position recorded</source>
      <translation>⚠ une position ultérieure reste en vigueur ({stance}, {date}{source}) : aucune position enregistrée</translation>
    </message>
  </context>
  <context>
    <name>FloorWindow</name>
    <message>
      <source>Meeting</source>
      <translation>Séance</translation>
    </message>
    <message>
      <source>New meeting…</source>
      <translation>Nouvelle séance…</translation>
    </message>
    <message>
      <source>Current provision</source>
      <translation>Disposition en cours</translation>
    </message>
    <message>
      <source>Text of the current provision</source>
      <translation>Texte de la disposition en cours</translation>
    </message>
    <message>
      <source>Previous on the agenda (Alt+←)</source>
      <translation>Précédente à l'ordre du jour (Alt+←)</translation>
    </message>
    <message>
      <source>Next on the agenda (Alt+→)</source>
      <translation>Suivante à l'ordre du jour (Alt+→)</translation>
    </message>
    <message>
      <source>Entries of this meeting</source>
      <translation>Entrées de cette séance</translation>
    </message>
    <message>
      <source>What the line records</source>
      <translation>Ce que la ligne enregistre</translation>
    </message>
    <message>
      <source>Enter records · Tab completes · Ctrl+Z takes back · F2 edits the selected entry · Ctrl+↑/↓ selects · Alt+←/→ follows the agenda · a number alone switches provision</source>
      <translation>Entrée enregistre · Tab complète · Ctrl+Z annule · F2 modifie l'entrée choisie · Ctrl+↑/↓ choisit · Alt+←/→ suit l'ordre du jour · un numéro seul change de disposition</translation>
    </message>
    <message>
      <source>Take back the last entry</source>
      <translation>Annuler la dernière entrée</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>Edit the selected entry</source>
      <translation>Modifier l'entrée choisie</translation>
    </message>
    <message>
      <source>Take back the selected entry</source>
      <translation>Annuler l'entrée choisie</translation>
    </message>
    <message>
      <source>Close floor mode</source>
      <translation>Fermer le mode séance</translation>
    </message>
    <message>
      <source>Floor mode — {meeting}, {session}</source>
      <translation>Mode séance — {meeting}, {session}</translation>
    </message>
    <message>
      <source>Draft: {label}</source>
      <translation>Projet : {label}</translation>
    </message>
    <message>
      <source>Not on the agenda of this draft: {items}</source>
      <translation>Absent de l'ordre du jour de ce projet : {items}</translation>
    </message>
    <message>
      <source>No provision: lines are general statements</source>
      <translation>Aucune disposition : les lignes sont des déclarations générales</translation>
    </message>
    <message>
      <source>{n} of {total} on the agenda: {items}</source>
      <translation>{n} sur {total} à l'ordre du jour : {items}</translation>
    </message>
    <message>
      <source>Off the agenda ({items})</source>
      <translation>Hors de l'ordre du jour ({items})</translation>
    </message>
    <message>
      <source>No agenda: Alt+←/→ steps through the draft</source>
      <translation>Pas d'ordre du jour : Alt+←/→ parcourt le projet</translation>
    </message>
    <message>
      <source>Enter will record: {what}</source>
      <translation>Entrée enregistrera : {what}</translation>
    </message>
    <message>
      <source>Now on {provision}</source>
      <translation>Maintenant sur {provision}</translation>
    </message>
    <message>
      <source>Edit entry {seq}</source>
      <translation>Modifier l'entrée {seq}</translation>
    </message>
    <message>
      <source>Capture</source>
      <translation>Saisie</translation>
    </message>
    <message>
      <source>Saved: {what}</source>
      <translation>Enregistré : {what}</translation>
    </message>
    <message>
      <source>Not saved: {error}</source>
      <translation>Non enregistré : {error}</translation>
    </message>
    <message>
      <source>Nothing to take back.</source>
      <translation>Rien à annuler.</translation>
    </message>
    <message>
      <source>The last change was made in the main window: undo it there (Edit → Undo).</source>
      <translation>La dernière modification a été faite dans la fenêtre principale : annulez-la là (Édition → Annuler).</translation>
    </message>
    <message>
      <source>Taken back: {what} (Ctrl+Shift+Z brings it back)</source>
      <translation>Annulé : {what} (Ctrl+Maj+Z le rétablit)</translation>
    </message>
    <message>
      <source>Undo failed: {error}</source>
      <translation>Échec de l'annulation : {error}</translation>
    </message>
    <message>
      <source>Select an entry first (Ctrl+↑).</source>
      <translation>Choisissez d'abord une entrée (Ctrl+↑).</translation>
    </message>
    <message>
      <source>Editing entry {seq}: Enter saves, Esc cancels</source>
      <translation>Modification de l'entrée {seq} : Entrée enregistre, Échap annule</translation>
    </message>
    <message>
      <source>Take back entry {seq}: {line}</source>
      <translation>Annuler l'entrée {seq} : {line}</translation>
    </message>
    <message>
      <source>Entry {seq} taken back (Ctrl+Z brings it back).</source>
      <translation>Entrée {seq} annulée (Ctrl+Z la rétablit).</translation>
    </message>
  </context>
  <context>
    <name>GettingStartedDialog</name>
    <message>
      <source>Getting started</source>
      <translation>Premiers pas</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>Open the demo workspace</source>
      <translation>Ouvrir l'espace de démonstration</translation>
    </message>
    <message>
      <source>The UN Convention against Cybercrime with civil-society concerns, amendments and delegations' positions, to look around and try a pack. Your own workspace stays as it is.</source>
      <translation>La Convention des Nations Unies contre la cybercriminalité, avec les préoccupations et amendements de la société civile et les positions des délégations, pour découvrir l'application et essayer un dossier. Votre propre espace de travail reste tel quel.</translation>
    </message>
    <message>
      <source>Import a draft…</source>
      <translation>Importer un projet…</translation>
    </message>
    <message>
      <source>Start from a treaty text: a .txt, .md or .docx file, split into articles and paragraphs.</source>
      <translation>Partir d'un texte de traité : un fichier .txt, .md ou .docx, découpé en articles et paragraphes.</translation>
    </message>
    <message>
      <source>Import a bundle…</source>
      <translation>Importer un lot…</translation>
    </message>
    <message>
      <source>Start from the work a coalition partner shared with you as a .briefing file.</source>
      <translation>Partir du travail qu'un partenaire de la coalition vous a transmis dans un fichier .briefing.</translation>
    </message>
    <message>
      <source>&lt;h2&gt;This workspace holds no treaty yet&lt;/h2&gt;&lt;p&gt;Briefing Desk follows a treaty through its drafts: concerns and amendments per provision, delegations' positions, and a briefing pack for each delegation. Begin with one of these:&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Cet espace de travail ne contient pas encore de traité&lt;/h2&gt;&lt;p&gt;Briefing Desk suit un traité au fil de ses projets : préoccupations et amendements par disposition, positions des délégations, et un dossier d'information pour chaque délégation. Commencez par l'une de ces options :&lt;/p&gt;</translation>
    </message>
    <message>
      <source>A short tour of the views and of everyday work.</source>
      <translation>Un bref tour des vues et du travail quotidien.</translation>
    </message>
    <message>
      <source>Getting started…</source>
      <translation>Premiers pas…</translation>
    </message>
    <message>
      <source>Getting started</source>
      <translation>Premiers pas</translation>
    </message>
    <message>
      <source>
&lt;h2&gt;Getting started with Briefing Desk&lt;/h2&gt;
&lt;p&gt;Briefing Desk follows a treaty through its drafts. For each provision you record the
&lt;b&gt;concerns&lt;/b&gt; it raises and the &lt;b&gt;amendments&lt;/b&gt; you recommend, you keep track of what each
&lt;b&gt;delegation&lt;/b&gt; thinks, and you hand every delegation a &lt;b&gt;PDF briefing pack&lt;/b&gt; made for it.
Everything stays in one workspace file on this computer; nothing goes online.&lt;/p&gt;
&lt;h3&gt;The views&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Provisions&lt;/b&gt; (Ctrl+1): the treaty as a tree on the left, filtered as you type; the chosen
article in the middle; its concerns, amendments and positions on the right.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;All concerns&lt;/b&gt; (Ctrl+2), &lt;b&gt;Delegations&lt;/b&gt; (Ctrl+3), &lt;b&gt;Position matrix&lt;/b&gt; (Ctrl+4),
&lt;b&gt;Sources and cases&lt;/b&gt; (Ctrl+5), &lt;b&gt;Organizations&lt;/b&gt; (Ctrl+6).&lt;/li&gt;
&lt;li&gt;After adoption: &lt;b&gt;Treaty status&lt;/b&gt; (Ctrl+7) with entry into force, the map and reservations;
&lt;b&gt;National implementation&lt;/b&gt; (Ctrl+8); &lt;b&gt;Was our ask adopted?&lt;/b&gt; (Ctrl+9).&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Everyday work&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Add a concern, an amendment or a position with the buttons above each tab, or from the Edit
menu; change or delete one with the buttons on its card (or right-click it).&lt;/li&gt;
&lt;li&gt;Every change is saved at once; Edit → Undo (Ctrl+Z) takes it back.&lt;/li&gt;
&lt;li&gt;Records start &lt;i&gt;internal&lt;/i&gt; where they could hurt someone: internal and personal records never go
into a pack, and personal ones never leave this computer.&lt;/li&gt;
&lt;li&gt;File → Export briefing pack… makes a delegation's PDF; File → Export bundle… shares your work
with partners, File → Import bundle… merges theirs after showing what would change.&lt;/li&gt;
&lt;li&gt;Edit → Search (Ctrl+F) finds provisions, concerns and amendments.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Help → Keyboard shortcuts lists every shortcut.&lt;/p&gt;
&lt;h3&gt;Where to begin&lt;/h3&gt;
</source>
      <translation>
&lt;h2&gt;Premiers pas avec Briefing Desk&lt;/h2&gt;
&lt;p&gt;Briefing Desk suit un traité au fil de ses projets. Pour chaque disposition, vous consignez les
&lt;b&gt;préoccupations&lt;/b&gt; qu'elle suscite et les &lt;b&gt;amendements&lt;/b&gt; que vous recommandez, vous suivez ce que
pense chaque &lt;b&gt;délégation&lt;/b&gt;, et vous remettez à chaque délégation un &lt;b&gt;dossier d'information PDF&lt;/b&gt;
établi pour elle. Tout reste dans un seul fichier d'espace de travail sur cet ordinateur ; rien ne part
en ligne.&lt;/p&gt;
&lt;h3&gt;Les vues&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Dispositions&lt;/b&gt; (Ctrl+1) : le traité en arborescence à gauche, filtré à mesure que vous tapez ;
l'article choisi au centre ; ses préoccupations, amendements et positions à droite.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Toutes les préoccupations&lt;/b&gt; (Ctrl+2), &lt;b&gt;Délégations&lt;/b&gt; (Ctrl+3), &lt;b&gt;Matrice des positions&lt;/b&gt;
(Ctrl+4), &lt;b&gt;Sources et cas&lt;/b&gt; (Ctrl+5), &lt;b&gt;Organisations&lt;/b&gt; (Ctrl+6).&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Le travail quotidien&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Ajoutez une préoccupation, un amendement ou une position avec les boutons au-dessus de chaque onglet,
ou depuis le menu Édition ; modifiez-en ou supprimez-en un avec les boutons de sa fiche (ou par clic
droit).&lt;/li&gt;
&lt;li&gt;Chaque modification est enregistrée aussitôt ; Édition → Annuler (Ctrl+Z) revient en arrière.&lt;/li&gt;
&lt;li&gt;Les éléments commencent &lt;i&gt;internes&lt;/i&gt; lorsqu'ils pourraient nuire à quelqu'un : les éléments internes
et personnels ne figurent jamais dans un dossier, et les éléments personnels ne quittent jamais cet
ordinateur.&lt;/li&gt;
&lt;li&gt;Fichier → Exporter un dossier d'information… crée le PDF d'une délégation ; Fichier → Exporter un lot…
partage votre travail avec les partenaires, Fichier → Importer un lot… fusionne le leur après avoir montré
ce qui changerait.&lt;/li&gt;
&lt;li&gt;Édition → Rechercher (Ctrl+F) trouve dispositions, préoccupations et amendements.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Aide → Raccourcis clavier liste tous les raccourcis.&lt;/p&gt;
&lt;h3&gt;Par où commencer&lt;/h3&gt;
</translation>
    </message>
  </context>
  <context>
    <name>HelpController</name>
    <message>
      <source>&amp;Getting started</source>
      <translation>&amp;Premiers pas</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>&amp;About Briefing Desk</source>
      <translation>À pr&amp;opos de Briefing Desk</translation>
    </message>
  </context>
  <context>
    <name>ImportDraft</name>
    <message>
      <source>Import draft</source>
      <translation>Importer un projet</translation>
    </message>
    <message>
      <source>This text looks like a different treaty.</source>
      <translation>Ce texte semble être un autre traité.</translation>
    </message>
    <message>
      <source>Only {share} of the articles of {base} continue in it; as a new version of {document} their concerns, amendments and positions would be orphaned. Import it as a new document instead?</source>
      <translation>Seuls {share} des articles de {base} s'y retrouvent ; comme nouvelle version de {document}, leurs préoccupations, amendements et positions seraient orphelins. L'importer plutôt comme nouveau document ?</translation>
    </message>
    <message>
      <source>Import as a &amp;new document</source>
      <translation>Importer comme &amp;nouveau document</translation>
    </message>
    <message>
      <source>&amp;Map onto {base} anyway</source>
      <translation>&amp;Rattacher à {base} quand même</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <source>Signature: {0}</source>
      <translation>Signature : {0}</translation>
    </message>
    <message>
      <source>; it was encrypted to you</source>
      <translation> ; il vous était chiffré</translation>
    </message>
    <message numerus="yes">
      <source> %n change(s) to rows the sender does not own wait for you as proposals.</source>
      <translation>
        <numerusform> %n modification de lignes qui n'appartiennent pas à l'expéditeur vous attend comme proposition.</numerusform>
        <numerusform> %n modifications de lignes qui n'appartiennent pas à l'expéditeur vous attendent comme propositions.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> %n row(s) internal or personal here stay untouched.</source>
      <translation>
        <numerusform> %n ligne interne ou personnelle ici reste inchangée.</numerusform>
        <numerusform> %n lignes internes ou personnelles ici restent inchangées.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>KeysDialog</name>
    <message>
      <source>Partner key files (*{suffix});;All files (*)</source>
      <translation>Fichiers de clé de partenaire (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Add a partner's key file</source>
      <translation>Ajouter le fichier de clé d'un partenaire</translation>
    </message>
    <message>
      <source>Save our key file</source>
      <translation>Enregistrer notre fichier de clé</translation>
    </message>
    <message>
      <source>Trust a fingerprint</source>
      <translation>Faire confiance à une empreinte</translation>
    </message>
    <message>
      <source>Partner organization:</source>
      <translation>Organisation partenaire :</translation>
    </message>
    <message>
      <source>Fingerprint they read out to you (e.g. {example}):</source>
      <translation>Empreinte qu'ils vous ont lue (par ex. {example}) :</translation>
    </message>
    <message>
      <source>Partner keys</source>
      <translation>Clés des partenaires</translation>
    </message>
    <message>
      <source>Your fingerprint (read it out to partners when they add your key): {0}</source>
      <translation>Votre empreinte (lisez-la aux partenaires quand ils ajoutent votre clé) : {0}</translation>
    </message>
    <message>
      <source>No partner key yet. Add the key file a partner sent you, or type the fingerprint they read out to you; bundles signed by these keys show as verified when you import them.</source>
      <translation>Aucune clé de partenaire pour l'instant. Ajoutez le fichier de clé qu'un partenaire vous a envoyé, ou tapez l'empreinte qu'il vous a lue ; les lots signés par ces clés apparaissent comme vérifiés lorsque vous les importez.</translation>
    </message>
    <message>
      <source>Import only bundles signed by a trusted partner key</source>
      <translation>N'importer que les lots signés par une clé de partenaire de confiance</translation>
    </message>
    <message>
      <source>Add key file…</source>
      <translation>Ajouter un fichier de clé…</translation>
    </message>
    <message>
      <source>Trust a fingerprint…</source>
      <translation>Faire confiance à une empreinte…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Save our key file…</source>
      <translation>Enregistrer notre fichier de clé…</translation>
    </message>
    <message>
      <source>key file</source>
      <translation>fichier de clé</translation>
    </message>
    <message>
      <source>fingerprint by phone</source>
      <translation>empreinte par téléphone</translation>
    </message>
    <message>
      <source>can encrypt to them</source>
      <translation>chiffrement possible vers eux</translation>
    </message>
    <message>
      <source>keys arrive with their first bundle</source>
      <translation>les clés arrivent avec leur premier lot</translation>
    </message>
    <message>
      <source>{0}  {1}  (from a {2}; {3})</source>
      <translation>{0}  {1}  (source : {2} ; {3})</translation>
    </message>
    <message>
      <source>Name your organization first (in Export bundle…).</source>
      <translation>Nommez d'abord votre organisation (dans Exporter un lot…).</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>Lan&amp;gue</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
  </context>
  <context>
    <name>LinkedRecordDialog</name>
    <message>
      <source>New source…</source>
      <translation>Nouvelle source…</translation>
    </message>
    <message>
      <source>New source</source>
      <translation>Nouvelle source</translation>
    </message>
    <message>
      <source>Describe a source that is not in the workspace yet; it is saved with this record.</source>
      <translation>Décrire une source qui ne figure pas encore dans l'espace de travail ; elle est enregistrée avec cet élément.</translation>
    </message>
  </context>
  <context>
    <name>ListDetailDialog</name>
    <message>
      <source>&amp;Go to provision</source>
      <translation>&amp;Aller à la disposition</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Views</source>
      <translation>Vues</translation>
    </message>
    <message>
      <source>&amp;Provisions</source>
      <translation>&amp;Dispositions</translation>
    </message>
    <message>
      <source>All &amp;concerns</source>
      <translation>Toutes les &amp;préoccupations</translation>
    </message>
    <message>
      <source>&amp;Delegations</source>
      <translation>Dé&amp;légations</translation>
    </message>
    <message>
      <source>Position &amp;matrix</source>
      <translation>&amp;Matrice des positions</translation>
    </message>
    <message>
      <source>&amp;Sources and cases</source>
      <translation>&amp;Sources et cas</translation>
    </message>
    <message>
      <source>&amp;Organizations</source>
      <translation>&amp;Organisations</translation>
    </message>
    <message>
      <source>&amp;New workspace…</source>
      <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <source>Open the de&amp;mo workspace</source>
      <translation>Ouvrir l'espace de &amp;démonstration</translation>
    </message>
    <message>
      <source>The UN Convention against Cybercrime with concerns, amendments and positions to explore</source>
      <translation>La Convention des Nations Unies contre la cybercriminalité, avec des préoccupations, des amendements et des positions à explorer</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>&amp;Search…</source>
      <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
      <source>New co&amp;ncern on this provision…</source>
      <translation>Nouvelle &amp;préoccupation sur cette disposition…</translation>
    </message>
    <message>
      <source>New a&amp;mendment to this provision…</source>
      <translation>Nouvel a&amp;mendement à cette disposition…</translation>
    </message>
    <message>
      <source>New pos&amp;ition on this provision…</source>
      <translation>Nouvelle pos&amp;ition sur cette disposition…</translation>
    </message>
    <message>
      <source>New n&amp;ote on this provision…</source>
      <translation>Nouvelle &amp;note sur cette disposition…</translation>
    </message>
    <message>
      <source>New de&amp;legation…</source>
      <translation>Nouvelle dé&amp;légation…</translation>
    </message>
    <message>
      <source>New sourc&amp;e…</source>
      <translation>Nouvelle sourc&amp;e…</translation>
    </message>
    <message>
      <source>New e&amp;vidence case…</source>
      <translation>Nouveau cas &amp;documenté…</translation>
    </message>
    <message>
      <source>New organi&amp;zation…</source>
      <translation>Nouvelle or&amp;ganisation…</translation>
    </message>
    <message>
      <source>Re&amp;fresh</source>
      <translation>Actualis&amp;er</translation>
    </message>
    <message>
      <source>No workspace</source>
      <translation>Aucun espace de travail</translation>
    </message>
    <message>
      <source>Cannot open workspace</source>
      <translation>Impossible d'ouvrir l'espace de travail</translation>
    </message>
    <message>
      <source>New workspace</source>
      <translation>Nouvel espace de travail</translation>
    </message>
    <message>
      <source>{path} already exists; use File → Open to open it.</source>
      <translation>{path} existe déjà ; utilisez Fichier → Ouvrir pour l'ouvrir.</translation>
    </message>
    <message>
      <source>No workspace open</source>
      <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
      <source>  (demo data)</source>
      <translation>  (données de démonstration)</translation>
    </message>
    <message>
      <source>Demo data. </source>
      <translation>Données de démonstration. </translation>
    </message>
    <message>
      <source>Counting records</source>
      <translation>Décompte des enregistrements</translation>
    </message>
    <message>
      <source>Saved {time}</source>
      <translation>Enregistré à {time}</translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message numerus="yes">
      <source>%n provision(s)</source>
      <translation>
        <numerusform>%n disposition</numerusform>
        <numerusform>%n dispositions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n concern(s)</source>
      <translation>
        <numerusform>%n préoccupation</numerusform>
        <numerusform>%n préoccupations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n amendment(s)</source>
      <translation>
        <numerusform>%n amendement</numerusform>
        <numerusform>%n amendements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n delegation(s)</source>
      <translation>
        <numerusform>%n délégation</numerusform>
        <numerusform>%n délégations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n position(s)</source>
      <translation>
        <numerusform>%n position</numerusform>
        <numerusform>%n positions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Matrix</name>
    <message>
      <source>Heard in the room at the {meeting}, {session}: “{line}”</source>
      <translation>Entendu en séance, {meeting}, {session} : « {line} »</translation>
    </message>
    <message>
      <source>Said at the {meeting}, {session}, as {source} reports: “{line}”</source>
      <translation>Dit lors de la {meeting}, {session}, selon {source} : « {line} »</translation>
    </message>
    <message>
      <source>no source</source>
      <translation>aucune source</translation>
    </message>
    <message>
      <source>From the {meeting}, {session} ({source})</source>
      <translation>Issu de la {meeting}, {session} ({source})</translation>
    </message>
    <message>
      <source>Source: {source}</source>
      <translation>Source : {source}</translation>
    </message>
    <message>
      <source>No source recorded</source>
      <translation>Aucune source enregistrée</translation>
    </message>
    <message>
      <source>confidence {level}</source>
      <translation>fiabilité {level}</translation>
    </message>
    <message>
      <source>illustrative: no source supports it</source>
      <translation>fictif : aucune source ne l'étaye</translation>
    </message>
    <message>
      <source>{ordinal} meeting</source>
      <translation>{ordinal} séance</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Séance</translation>
    </message>
  </context>
  <context>
    <name>MatrixPage</name>
    <message>
      <source>Amendment {label} to {article}: {title}</source>
      <translation>Amendement {label} à {article} : {title}</translation>
    </message>
    <message>
      <source>Position matrix</source>
      <translation>Matrice des positions</translation>
    </message>
    <message>
      <source>Include &amp;amendments</source>
      <translation>Inclure les &amp;amendements</translation>
    </message>
    <message>
      <source>Include amendments</source>
      <translation>Inclure les amendements</translation>
    </message>
    <message>
      <source>Add a column for each amendment after its article</source>
      <translation>Ajouter une colonne pour chaque amendement après son article</translation>
    </message>
    <message>
      <source>Where the position came from</source>
      <translation>Origine de la position</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <source>{illustrative} illustrative · {meeting} from a meeting · click a cell to edit</source>
      <translation>{illustrative} fictive · {meeting} issue d'une séance · cliquez sur une cellule pour la modifier</translation>
    </message>
    <message>
      <source>{delegation} on {subject}: no position recorded</source>
      <translation>{delegation} sur {subject} : aucune position enregistrée</translation>
    </message>
    <message>
      <source>{delegation} on {subject}: {stance} — {origin}</source>
      <translation>{delegation} sur {subject} : {stance} — {origin}</translation>
    </message>
    <message numerus="yes">
      <source>%n delegation(s) × {articles}</source>
      <translation>
        <numerusform>%n délégation × {articles}</numerusform>
        <numerusform>%n délégations × {articles}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n article(s)</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> and %n amendment(s)</source>
      <translation>
        <numerusform> et %n amendement</numerusform>
        <numerusform> et %n amendements</numerusform>
      </translation>
    </message>
    <message>
      <source>No articles yet: File → Import draft… reads a treaty text, and its articles become the columns.</source>
      <translation>Aucun article pour l'instant : Fichier → Importer un projet de texte… lit le texte d'un traité, et ses articles deviennent les colonnes.</translation>
    </message>
    <message>
      <source>No delegations yet: View → Delegations, Add delegation…; each becomes a row where a click on a cell records its stance on that article.</source>
      <translation>Aucune délégation pour l'instant : Affichage → Délégations, Ajouter une délégation… ; chacune devient une ligne où un clic sur une case enregistre sa position sur cet article.</translation>
    </message>
  </context>
  <context>
    <name>MeetingFilter</name>
    <message>
      <source>From meeting</source>
      <translation>Séance d'origine</translation>
    </message>
    <message>
      <source>Show only positions heard in a meeting or taken from its report</source>
      <translation>N'afficher que les positions entendues en séance ou tirées de son compte rendu</translation>
    </message>
    <message>
      <source>From: all sources</source>
      <translation>Origine : toutes les sources</translation>
    </message>
    <message>
      <source>From: any meeting</source>
      <translation>Origine : toute séance</translation>
    </message>
    <message>
      <source>From: {session}</source>
      <translation>Origine : {session}</translation>
    </message>
    <message>
      <source>From: {meeting}</source>
      <translation>Origine : {meeting}</translation>
    </message>
  </context>
  <context>
    <name>Meetings</name>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Premier jour</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Dernier jour</translation>
    </message>
    <message>
      <source>The last day is before the first.</source>
      <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Séance</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Point de l'ordre du jour</translation>
    </message>
    <message>
      <source>Provisions in the chair's order</source>
      <translation>Dispositions dans l'ordre retenu par la présidence</translation>
    </message>
    <message>
      <source>Official summary</source>
      <translation>Compte rendu officiel</translation>
    </message>
    <message>
      <source>Draft on the table</source>
      <translation>Projet à l'examen</translation>
    </message>
    <message>
      <source>e.g. 14, 15(2), 16-21: floor mode steps through them with Alt+←/→</source>
      <translation>p. ex. 14, 15(2), 16-21 : le mode séance les parcourt avec Alt+←/→</translation>
    </message>
    <message>
      <source>Local time of the room, e.g. 15:00</source>
      <translation>Heure locale de la salle, p. ex. 15:00</translation>
    </message>
    <message>
      <source>Number must be a whole number such as 11.</source>
      <translation>Le numéro doit être un nombre entier, par exemple 11.</translation>
    </message>
    <message>
      <source>Time must be like 15:00.</source>
      <translation>L'heure doit être de la forme 15:00.</translation>
    </message>
  </context>
  <context>
    <name>MeetingsController</name>
    <message>
      <source>Floor mode</source>
      <translation>Mode séance</translation>
    </message>
    <message>
      <source>Nothing was saved.</source>
      <translation>Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Nouvelle session</translation>
    </message>
    <message>
      <source>Add session {name}</source>
      <translation>Ajouter la session {name}</translation>
    </message>
    <message>
      <source>New meeting</source>
      <translation>Nouvelle séance</translation>
    </message>
    <message>
      <source>Add {meeting}</source>
      <translation>Ajouter {meeting}</translation>
    </message>
    <message>
      <source>Session report</source>
      <translation>Rapport de session</translation>
    </message>
    <message>
      <source>PDF report (*.pdf);;CSV for spreadsheets (*.csv)</source>
      <translation>Rapport PDF (*.pdf);;CSV pour tableur (*.csv)</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Save session report</source>
      <translation>Enregistrer le rapport de session</translation>
    </message>
    <message>
      <source>There are no sessions yet: add one with Edit → New session….</source>
      <translation>Il n'y a pas encore de session : ajoutez-en une avec Édition → Nouvelle session….</translation>
    </message>
    <message>
      <source>Writing the session report…</source>
      <translation>Rédaction du rapport de session…</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>{file} enregistré.</translation>
    </message>
    <message>
      <source>Session report cancelled</source>
      <translation>Rapport de session annulé</translation>
    </message>
    <message>
      <source>No file was written.</source>
      <translation>Aucun fichier n'a été écrit.</translation>
    </message>
    <message>
      <source>&amp;Floor mode…</source>
      <translation>&amp;Mode séance…</translation>
    </message>
    <message>
      <source>Record what delegations say in the room, one line each</source>
      <translation>Noter ce que disent les délégations dans la salle, une ligne chacune</translation>
    </message>
    <message>
      <source>Ne&amp;w session…</source>
      <translation>Nou&amp;velle session…</translation>
    </message>
    <message>
      <source>New meetin&amp;g…</source>
      <translation>A&amp;jouter une séance…</translation>
    </message>
    <message>
      <source>Session repor&amp;t…</source>
      <translation>Rappor&amp;t de session…</translation>
    </message>
    <message>
      <source>Per provision: who intervened, proposals and their sponsors, what changed in the matrix</source>
      <translation>Par disposition : qui est intervenu, les propositions et leurs auteurs, ce qui a changé dans la matrice</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Outils</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;ide</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>{title} failed: {error}</source>
      <translation>{title} : échec ({error})</translation>
    </message>
    <message>
      <source>Internal error</source>
      <translation>Erreur interne</translation>
    </message>
    <message>
      <source>Open or create a workspace first.</source>
      <translation>Ouvrez ou créez d'abord un espace de travail.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Briefing Desk workspaces ({patterns});;All files (*)</source>
      <translation>Espaces de travail Briefing Desk ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Open workspace</source>
      <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
      <source>New workspace</source>
      <translation>Nouvel espace de travail</translation>
    </message>
  </context>
  <context>
    <name>National</name>
    <message>
      <source>s. {number}</source>
      <translation>art. {number}</translation>
    </message>
    <message>
      <source>provision</source>
      <translation>disposition</translation>
    </message>
    <message>
      <source>no treaty article mapped</source>
      <translation>aucun article du traité rattaché</translation>
    </message>
    <message>
      <source>Implements:</source>
      <translation>Met en œuvre :</translation>
    </message>
    <message>
      <source>Concerns:</source>
      <translation>Préoccupations :</translation>
    </message>
    <message>
      <source>Documented cases:</source>
      <translation>Cas documentés :</translation>
    </message>
    <message>
      <source>Concern: {title}</source>
      <translation>Préoccupation : {title}</translation>
    </message>
    <message>
      <source>Amendment: {title}</source>
      <translation>Amendement : {title}</translation>
    </message>
    <message>
      <source>Our analysis of the articles it implements:</source>
      <translation>Notre analyse des articles qu'il met en œuvre :</translation>
    </message>
    <message>
      <source>◇ illustrative</source>
      <translation>◇ fictif</translation>
    </message>
    <message>
      <source>Law or bill</source>
      <translation>Loi ou projet de loi</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Nature</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Articles</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Lien</translation>
    </message>
  </context>
  <context>
    <name>NationalController</name>
    <message>
      <source>Add law of {name}</source>
      <translation>Ajouter une loi de {name}</translation>
    </message>
    <message>
      <source>Edit law</source>
      <translation>Modifier la loi</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete {title} and its sections?

You can undo this with Edit → Undo.</source>
      <translation>Supprimer {title} et ses articles ?

Vous pouvez revenir en arrière avec Édition → Annuler.</translation>
    </message>
    <message>
      <source>Delete law</source>
      <translation>Supprimer la loi</translation>
    </message>
    <message>
      <source>Add section</source>
      <translation>Ajouter un article de loi</translation>
    </message>
    <message>
      <source>Edit section</source>
      <translation>Modifier l'article de loi</translation>
    </message>
    <message>
      <source>Add concern on {label}</source>
      <translation>Ajouter une préoccupation sur {label}</translation>
    </message>
    <message>
      <source>Delete {label}?

You can undo this with Edit → Undo.</source>
      <translation>Supprimer {label} ?

Vous pouvez revenir en arrière avec Édition → Annuler.</translation>
    </message>
    <message>
      <source>Delete section</source>
      <translation>Supprimer l'article de loi</translation>
    </message>
  </context>
  <context>
    <name>NationalImplementationPage</name>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>S&amp;tate:</source>
      <translation>É&amp;tat :</translation>
    </message>
    <message>
      <source>Add &amp;law…</source>
      <translation>Ajouter une &amp;loi…</translation>
    </message>
    <message>
      <source>&amp;Edit law…</source>
      <translation>&amp;Modifier la loi…</translation>
    </message>
    <message>
      <source>Delete la&amp;w</source>
      <translation>&amp;Supprimer la loi</translation>
    </message>
    <message>
      <source>Add se&amp;ction…</source>
      <translation>Ajouter un arti&amp;cle de loi…</translation>
    </message>
    <message>
      <source>Edit secti&amp;on…</source>
      <translation>Modifier l'a&amp;rticle de loi…</translation>
    </message>
    <message>
      <source>Delete sectio&amp;n</source>
      <translation>Supprimer l'articl&amp;e de loi</translation>
    </message>
    <message>
      <source>New conce&amp;rn on section…</source>
      <translation>&amp;Nouvelle préoccupation sur l'article…</translation>
    </message>
    <message>
      <source>Laws and bills of the state</source>
      <translation>Lois et projets de loi de l'État</translation>
    </message>
    <message>
      <source>Sections of the law</source>
      <translation>Articles de la loi</translation>
    </message>
    <message>
      <source>Section detail</source>
      <translation>Détail de l'article de loi</translation>
    </message>
    <message>
      <source>No states yet: View → Delegations, Add delegation… (kind: state); then the laws and bills each passes to implement the treaty are recorded here.</source>
      <translation>Aucun État pour l'instant : Affichage → Délégations, Ajouter une délégation… (type : État) ; les lois et projets de loi que chacun adopte pour mettre en œuvre le traité s'enregistrent ensuite ici.</translation>
    </message>
    <message>
      <source>No laws or bills recorded for {state} yet: Add law… records one; its sections then map to the treaty articles they implement.</source>
      <translation>Aucune loi ni aucun projet de loi enregistré pour {state} : Ajouter une loi… en enregistre un ; ses sections se rattachent ensuite aux articles du traité qu'elles mettent en œuvre.</translation>
    </message>
    <message>
      <source>No sections recorded yet: Add section… maps one to the treaty articles it implements.</source>
      <translation>Aucun article de loi enregistré pour l'instant : Ajouter un article de loi… en rattache un aux articles du traité qu'il met en œuvre.</translation>
    </message>
    <message>
      <source>this state</source>
      <translation>cet État</translation>
    </message>
    <message>
      <source>No laws or bills recorded for {name}: Add law… records one.</source>
      <translation>Aucune loi ni aucun projet de loi enregistré pour {name} : Ajouter une loi… en enregistre un.</translation>
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Filter provisions…</source>
      <translation>Filtrer les dispositions…</translation>
    </message>
    <message>
      <source>Filter provisions</source>
      <translation>Filtrer les dispositions</translation>
    </message>
    <message>
      <source>Minimum concern severity</source>
      <translation>Gravité minimale des préoccupations</translation>
    </message>
    <message>
      <source>Concern category</source>
      <translation>Catégorie de préoccupation</translation>
    </message>
    <message>
      <source>Has amendments</source>
      <translation>Avec amendements</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Délégation</translation>
    </message>
    <message>
      <source>Delegation's stance</source>
      <translation>Position de la délégation</translation>
    </message>
    <message>
      <source>Provisions</source>
      <translation>Dispositions</translation>
    </message>
    <message>
      <source>&amp;Document</source>
      <translation>&amp;Document :</translation>
    </message>
    <message>
      <source>&amp;Version</source>
      <translation>&amp;Version :</translation>
    </message>
    <message>
      <source>Facets</source>
      <translation>Critères</translation>
    </message>
    <message>
      <source>Severity ≥</source>
      <translation>Gravité ≥</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>No treaty text yet. File → Import draft… reads one and splits it into articles and paragraphs, which are listed here.</source>
      <translation>Pas encore de texte de traité. Fichier → Importer un projet de texte… en lit un et le découpe en articles et paragraphes, qui sont listés ici.</translation>
    </message>
    <message>
      <source>any stance</source>
      <translation>toute position</translation>
    </message>
    <message>
      <source>any</source>
      <translation>toutes</translation>
    </message>
    <message>
      <source>Filtering provisions</source>
      <translation>Filtrage des dispositions</translation>
    </message>
    <message numerus="yes">
      <source>%n provision(s) found</source>
      <translation>
        <numerusform>%n disposition trouvée</numerusform>
        <numerusform>%n dispositions trouvées</numerusform>
      </translation>
    </message>
    <message>
      <source>{found}; {provision}, open on the right, is not among them</source>
      <translation>{found} ; {provision}, ouverte à droite, n'en fait pas partie</translation>
    </message>
    <message numerus="yes">
      <source>Matching the filter themselves: %n provision(s). A matching chapter or article brings all it contains; chapters in grey italics only lead to what was found.</source>
      <translation>
        <numerusform>Correspondant elles-mêmes au filtre : %n disposition. Un chapitre ou un article correspondant entraîne tout son contenu ; les chapitres en italique gris ne font que mener à ce qui a été trouvé.</numerusform>
        <numerusform>Correspondant elles-mêmes au filtre : %n dispositions. Un chapitre ou un article correspondant entraîne tout son contenu ; les chapitres en italique gris ne font que mener à ce qui a été trouvé.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <source>&amp;Encrypt it with a passphrase</source>
      <translation>&amp;Le chiffrer avec une phrase secrète</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <source>&amp;Again:</source>
      <translation>&amp;Confirmation :</translation>
    </message>
    <message>
      <source>Type a passphrase (a few unrelated words are easy to remember and hard to guess).</source>
      <translation>Tapez une phrase secrète (quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner).</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
  </context>
  <context>
    <name>PackExport</name>
    <message>
      <source>Op&amp;en PDF</source>
      <translation>Ouvrir le P&amp;DF</translation>
    </message>
    <message>
      <source>S&amp;how in folder</source>
      <translation>Afficher dans le &amp;dossier</translation>
    </message>
  </context>
  <context>
    <name>PackLog</name>
    <message>
      <source>Exported (UTC)</source>
      <translation>Exporté (UTC)</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Délégation</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <source>Data version</source>
      <translation>Version des données</translation>
    </message>
    <message>
      <source>Capital pack (ministry)</source>
      <translation>Dossier pour la capitale (ministère)</translation>
    </message>
    <message>
      <source>Capital pack (committee)</source>
      <translation>Dossier pour la capitale (commission)</translation>
    </message>
    <message>
      <source>Check a pack file</source>
      <translation>Vérifier un fichier de dossier</translation>
    </message>
    <message>
      <source>PDF files (*.pdf);;All files (*)</source>
      <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
  </context>
  <context>
    <name>PackPreview</name>
    <message>
      <source>Pack preview</source>
      <translation>Aperçu du dossier</translation>
    </message>
    <message>
      <source>Choose a delegation to see its pack.</source>
      <translation>Choisissez une délégation pour voir son dossier.</translation>
    </message>
    <message>
      <source>Warning: {warning}</source>
      <translation>Avertissement : {warning}</translation>
    </message>
  </context>
  <context>
    <name>PacksController</name>
    <message>
      <source>Export briefing pack</source>
      <translation>Exporter un dossier d'information</translation>
    </message>
    <message>
      <source>Export packs</source>
      <translation>Exporter des dossiers</translation>
    </message>
    <message numerus="yes">
      <source>Building %n pack(s)…</source>
      <translation>
        <numerusform>Création de %n dossier…</numerusform>
        <numerusform>Création de %n dossiers…</numerusform>
      </translation>
    </message>
    <message>
      <source>Packs already written are in the export log.</source>
      <translation>Les dossiers déjà écrits figurent dans le journal des exportations.</translation>
    </message>
    <message>
      <source>Pack export cancelled; packs already written are in the export log.</source>
      <translation>Exportation annulée ; les dossiers déjà écrits figurent dans le journal des exportations.</translation>
    </message>
    <message numerus="yes">
      <source>%n pack(s) written to {folder}.</source>
      <translation>
        <numerusform>%n dossier écrit dans {folder}.</numerusform>
        <numerusform>%n dossiers écrits dans {folder}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Failed: {delegation}: {error}</source>
      <translation>Échec : {delegation} : {error}</translation>
    </message>
    <message>
      <source>Packs exported</source>
      <translation>Dossiers exportés</translation>
    </message>
    <message>
      <source>Export log</source>
      <translation>Journal des exportations</translation>
    </message>
    <message>
      <source>Export briefing &amp;pack…</source>
      <translation>Exporter un dossier d'in&amp;formation…</translation>
    </message>
    <message>
      <source>Create a PDF briefing pack tailored to a delegation</source>
      <translation>Créer un dossier d'information PDF adapté à une délégation</translation>
    </message>
    <message>
      <source>Print &amp;briefing pack…</source>
      <translation>I&amp;mprimer un dossier d'information…</translation>
    </message>
    <message>
      <source>Print a delegation's pack as previewed</source>
      <translation>Imprimer le dossier d'une délégation tel que présenté</translation>
    </message>
    <message>
      <source>Export packs for &amp;several delegations…</source>
      <translation>Exporter des dossiers pour plu&amp;sieurs délégations…</translation>
    </message>
    <message>
      <source>Pack export &amp;log…</source>
      <translation>&amp;Journal des exportations…</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Adresse web</translation>
    </message>
    <message>
      <source>Cited by</source>
      <translation>Cité par</translation>
    </message>
    <message>
      <source>Sensitivity</source>
      <translation>Confidentialité</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <source>Add source…</source>
      <translation>Ajouter une source…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>No sources yet. Add source… records a report, statement or article (title, organization, date, web address) that concerns and positions can cite.</source>
      <translation>Aucune source pour l'instant. Ajouter une source… enregistre un rapport, une déclaration ou un article (titre, organisation, date, adresse web) que les préoccupations et les positions peuvent citer.</translation>
    </message>
    <message>
      <source>Evidence case</source>
      <translation>Cas documenté</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Law</source>
      <translation>Loi</translation>
    </message>
    <message>
      <source>Evidence cases</source>
      <translation>Cas documentés</translation>
    </message>
    <message>
      <source>Add case…</source>
      <translation>Ajouter un cas…</translation>
    </message>
    <message>
      <source>No evidence cases yet. Add case… records a documented case (country, law, what happened) that concerns can cite and packs can annex.</source>
      <translation>Aucun cas documenté pour l'instant. Ajouter un cas… enregistre un cas documenté (pays, loi, ce qui s'est passé) que les préoccupations peuvent citer et les dossiers mettre en annexe.</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Préoccupations</translation>
    </message>
    <message>
      <source>Amendments</source>
      <translation>Amendements</translation>
    </message>
    <message>
      <source>Supports</source>
      <translation>Soutient</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Nom court</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Nature</translation>
    </message>
    <message>
      <source>Coalition</source>
      <translation>Coalition</translation>
    </message>
    <message>
      <source>member</source>
      <translation>membre</translation>
    </message>
    <message>
      <source>Organizations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <source>Add organization…</source>
      <translation>Ajouter une organisation…</translation>
    </message>
    <message>
      <source>No organizations yet. Add organization… records an NGO, coalition or other group; concerns and amendments then name who raised them.</source>
      <translation>Aucune organisation pour l'instant. Ajouter une organisation… enregistre une ONG, une coalition ou un autre groupe ; préoccupations et amendements nomment ensuite qui les a soulevés.</translation>
    </message>
    <message>
      <source>Filter {what}…</source>
      <translation>Filtrer : {what}…</translation>
    </message>
    <message>
      <source>Filter {what}</source>
      <translation>Filtrer : {what}</translation>
    </message>
    <message>
      <source>Concern</source>
      <translation>Préoccupation</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Provisions</source>
      <translation>Dispositions</translation>
    </message>
    <message>
      <source>Go to provision</source>
      <translation>Aller à la disposition</translation>
    </message>
    <message>
      <source>No concerns yet. Choose a provision under View → Provisions and use Edit → New concern on this provision… (or Add concern… on its Concerns tab); File → Import bundle… brings a partner's concerns.</source>
      <translation>Aucune préoccupation pour l'instant. Choisissez une disposition sous Affichage → Dispositions et utilisez Édition → Nouvelle préoccupation sur cette disposition… (ou Ajouter une préoccupation… dans son onglet Préoccupations) ; Fichier → Importer un lot… apporte les préoccupations d'un partenaire.</translation>
    </message>
    <message>
      <source>Contributed by</source>
      <translation>Apporté par</translation>
    </message>
    <message>
      <source>Contributed by:</source>
      <translation>Apporté par :</translation>
    </message>
    <message>
      <source>any</source>
      <translation>toutes</translation>
    </message>
    <message>
      <source>our own</source>
      <translation>les nôtres</translation>
    </message>
    <message>
      <source>demo corpus ({n})</source>
      <translation>corpus de démonstration ({n})</translation>
    </message>
    <message>
      <source>an unnamed organization</source>
      <translation>une organisation sans nom</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Délégation</translation>
    </message>
    <message>
      <source>ISO</source>
      <translation>ISO</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <source>Positions</source>
      <translation>Positions</translation>
    </message>
    <message>
      <source>Delegations</source>
      <translation>Délégations</translation>
    </message>
    <message>
      <source>Add delegation…</source>
      <translation>Ajouter une délégation…</translation>
    </message>
    <message>
      <source>No delegations yet. Add delegation… records one (name, ISO code, working languages); then their positions, notes and contacts show here and each can get its own briefing pack.</source>
      <translation>Aucune délégation pour l'instant. Ajouter une délégation… en enregistre une (nom, code ISO, langues de travail) ; leurs positions, notes et contacts s'affichent ensuite ici, et chacune peut recevoir son propre dossier d'information.</translation>
    </message>
    <message>
      <source>Delegation detail</source>
      <translation>Détail de la délégation</translation>
    </message>
    <message>
      <source>Add note…</source>
      <translation>Ajouter une note…</translation>
    </message>
    <message>
      <source>Add contact…</source>
      <translation>Ajouter un contact…</translation>
    </message>
    <message>
      <source>Choose a delegation.</source>
      <translation>Choisissez une délégation.</translation>
    </message>
  </context>
  <context>
    <name>PrintDialogs</name>
    <message>
      <source>Print briefing pack</source>
      <translation>Imprimer un dossier d'information</translation>
    </message>
    <message>
      <source>Printing page {}…</source>
      <translation>Impression de la page {}…</translation>
    </message>
  </context>
  <context>
    <name>ProfileBar</name>
    <message>
      <source>Pack profile</source>
      <translation>Profil de dossier</translation>
    </message>
    <message>
      <source>The first profile is the delegation's default: batch export and briefing-app pack use it unless told otherwise.</source>
      <translation>Le premier profil est celui de la délégation par défaut : l'exportation groupée et briefing-app pack l'utilisent sauf indication contraire.</translation>
    </message>
    <message>
      <source>Pro&amp;file:</source>
      <translation>Pro&amp;fil :</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Nouveau…</translation>
    </message>
    <message>
      <source>A new profile, starting as a copy of the shown settings</source>
      <translation>Un nouveau profil, copie des réglages affichés</translation>
    </message>
    <message>
      <source>&amp;Rename…</source>
      <translation>&amp;Renommer…</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>New pack profile</source>
      <translation>Nouveau profil de dossier</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copie)</translation>
    </message>
    <message>
      <source>Profile not created</source>
      <translation>Profil non créé</translation>
    </message>
    <message>
      <source>Rename pack profile</source>
      <translation>Renommer le profil de dossier</translation>
    </message>
    <message>
      <source>Profile not renamed</source>
      <translation>Profil non renommé</translation>
    </message>
    <message>
      <source>Delete the pack profile {name!r} of {delegation}? Exports already in the log keep its name.</source>
      <translation>Supprimer le profil de dossier {name!r} de {delegation} ? Les exportations déjà consignées au journal gardent son nom.</translation>
    </message>
    <message>
      <source>Delete pack profile</source>
      <translation>Supprimer le profil de dossier</translation>
    </message>
    <message>
      <source>Profile not deleted</source>
      <translation>Profil non supprimé</translation>
    </message>
  </context>
  <context>
    <name>ProfileEditor</name>
    <message>
      <source>Full pack</source>
      <translation>Dossier complet</translation>
    </message>
    <message>
      <source>Two-page brief</source>
      <translation>Note de deux pages</translation>
    </message>
    <message>
      <source>Talking points only</source>
      <translation>Éléments de langage seulement</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automatique</translation>
    </message>
    <message>
      <source>Always include</source>
      <translation>Toujours inclure</translation>
    </message>
    <message>
      <source>Never include</source>
      <translation>Ne jamais inclure</translation>
    </message>
    <message>
      <source>{severity} or higher</source>
      <translation>{severity} ou plus</translation>
    </message>
    <message>
      <source>The delegation's first working language</source>
      <translation>La première langue de travail de la délégation</translation>
    </message>
    <message>
      <source>The pack's own words (headings, labels, talking-point frames); your concerns and amendments stay in the language you wrote them in</source>
      <translation>Les mots propres au dossier (titres, libellés, formules des éléments de langage) ; vos préoccupations et amendements restent dans la langue où vous les avez rédigés</translation>
    </message>
    <message>
      <source>Evidence annex (documented cases)</source>
      <translation>Annexe des éléments de preuve (cas documentés)</translation>
    </message>
    <message>
      <source>Sources annex with numbered references</source>
      <translation>Annexe des sources avec références numérotées</translation>
    </message>
    <message>
      <source>Complete pack, this export only: every selected provision and concern</source>
      <translation>Dossier complet, pour cette exportation seulement : toutes les dispositions et préoccupations retenues</translation>
    </message>
    <message>
      <source>Otherwise the pack covers the 40 provisions most important for the delegation, each with its 8 most serious concerns, and says how many more</source>
      <translation>Sinon, le dossier couvre les 40 dispositions les plus importantes pour la délégation, chacune avec ses 8 préoccupations les plus graves, et indique combien d'autres existent</translation>
    </message>
    <message>
      <source>For the delegation of …</source>
      <translation>À l'intention de la délégation de …</translation>
    </message>
    <message>
      <source>YYYY-MM-DD (empty: date of the latest change)</source>
      <translation>AAAA-MM-JJ (vide : date de la dernière modification)</translation>
    </message>
    <message>
      <source>The organisations named as issuing the pack; none ticked: no issuer is named</source>
      <translation>Les organisations nommées comme auteurs du dossier ; aucune cochée : aucun auteur n'est nommé</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Disposition</translation>
    </message>
    <message>
      <source>In the pack</source>
      <translation>Dans le dossier</translation>
    </message>
    <message>
      <source>Draft version the pack refers to</source>
      <translation>Version du projet à laquelle renvoie le dossier</translation>
    </message>
    <message>
      <source>Pack template</source>
      <translation>Modèle de dossier</translation>
    </message>
    <message>
      <source>Minimum severity</source>
      <translation>Gravité minimale</translation>
    </message>
    <message>
      <source>Language of the pack</source>
      <translation>Langue du dossier</translation>
    </message>
    <message>
      <source>Marking on every page</source>
      <translation>Mention sur chaque page</translation>
    </message>
    <message>
      <source>Date of the pack</source>
      <translation>Date du dossier</translation>
    </message>
    <message>
      <source>Issuing organisations</source>
      <translation>Organisations auteurs</translation>
    </message>
    <message>
      <source>Provisions in the pack</source>
      <translation>Dispositions du dossier</translation>
    </message>
    <message>
      <source>Te&amp;xt:</source>
      <translation>Te&amp;xte :</translation>
    </message>
    <message>
      <source>&amp;Template:</source>
      <translation>&amp;Modèle :</translation>
    </message>
    <message>
      <source>Minimum se&amp;verity:</source>
      <translation>Gra&amp;vité minimale :</translation>
    </message>
    <message>
      <source>Lan&amp;guage:</source>
      <translation>Lan&amp;gue :</translation>
    </message>
    <message>
      <source>&amp;Marking:</source>
      <translation>M&amp;ention :</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>&amp;Issued by:</source>
      <translation>Pu&amp;blié par :</translation>
    </message>
    <message>
      <source>Latest version</source>
      <translation>Dernière version</translation>
    </message>
    <message>
      <source>Include {label}</source>
      <translation>Inclure {label}</translation>
    </message>
  </context>
  <context>
    <name>ProfileNameDialog</name>
    <message>
      <source>Profile name</source>
      <translation>Nom du profil</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
  </context>
  <context>
    <name>ProvenanceDialog</name>
    <message>
      <source>concerns</source>
      <translation>préoccupations</translation>
    </message>
    <message>
      <source>amendments</source>
      <translation>amendements</translation>
    </message>
    <message>
      <source>positions</source>
      <translation>positions</translation>
    </message>
    <message>
      <source>sources</source>
      <translation>sources</translation>
    </message>
    <message>
      <source>cases</source>
      <translation>cas documentés</translation>
    </message>
    <message>
      <source>delegations</source>
      <translation>délégations</translation>
    </message>
    <message>
      <source>organizations</source>
      <translation>organisations</translation>
    </message>
    <message>
      <source>provisions</source>
      <translation>dispositions</translation>
    </message>
    <message>
      <source>Made in this workspace</source>
      <translation>Créé dans cet espace de travail</translation>
    </message>
    <message>
      <source>Contributions by organization</source>
      <translation>Contributions par organisation</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Élément</translation>
    </message>
    <message>
      <source>Contributed by</source>
      <translation>Apporté par</translation>
    </message>
    <message>
      <source>Bundle made</source>
      <translation>Lot créé le</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Éléments</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>All partners</source>
      <translation>Tous les partenaires</translation>
    </message>
    <message>
      <source>{n} {records}</source>
      <translation>{n} {records}</translation>
    </message>
    <message>
      <source> (first {n})</source>
      <translation> ({n} premiers)</translation>
    </message>
    <message>
      <source>No {records} here yet. Each record a partner's bundle brings (File → Import bundle…) is listed with the organization that sent it and when the bundle was made; “Made in this workspace” lists your own.</source>
      <translation>Aucun élément ici pour l'instant ({records}). Chaque élément qu'apporte le lot d'un partenaire (Fichier → Importer un lot…) est listé avec l'organisation qui l'a envoyé et la date du lot ; « Créé dans cet espace de travail » liste les vôtres.</translation>
    </message>
  </context>
  <context>
    <name>ProvisionPanel</name>
    <message>
      <source>Provision text</source>
      <translation>Texte de la disposition</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Préoccupations</translation>
    </message>
    <message>
      <source>Add concern…</source>
      <translation>Ajouter une préoccupation…</translation>
    </message>
    <message>
      <source>Amendments</source>
      <translation>Amendements</translation>
    </message>
    <message>
      <source>Add amendment…</source>
      <translation>Ajouter un amendement…</translation>
    </message>
    <message>
      <source>Positions</source>
      <translation>Positions</translation>
    </message>
    <message>
      <source>Add position…</source>
      <translation>Ajouter une position…</translation>
    </message>
    <message>
      <source>Provision details</source>
      <translation>Détails de la disposition</translation>
    </message>
    <message>
      <source>&amp;Concerns</source>
      <translation>&amp;Préoccupations</translation>
    </message>
    <message>
      <source>&amp;Amendments</source>
      <translation>&amp;Amendements</translation>
    </message>
    <message>
      <source>&amp;Positions</source>
      <translation>P&amp;ositions</translation>
    </message>
    <message>
      <source>No workspace is open: File → Open… or File → New workspace…</source>
      <translation>Aucun espace de travail n'est ouvert : Fichier → Ouvrir… ou Fichier → Nouvel espace de travail…</translation>
    </message>
    <message>
      <source>Choose a provision in the tree on the left, or search with Ctrl+F.</source>
      <translation>Choisissez une disposition dans l'arborescence à gauche, ou recherchez avec Ctrl+F.</translation>
    </message>
  </context>
  <context>
    <name>ProvisionTree</name>
    <message>
      <source>Provision</source>
      <translation>Disposition</translation>
    </message>
    <message>
      <source>Concerns (with its paragraphs)</source>
      <translation>Préoccupations (avec ses paragraphes)</translation>
    </message>
    <message>
      <source>Amendments (with its paragraphs)</source>
      <translation>Amendements (avec ses paragraphes)</translation>
    </message>
  </context>
  <context>
    <name>Provisions</name>
    <message>
      <source>Preamble</source>
      <translation>Préambule</translation>
    </message>
    <message>
      <source>Part {number}</source>
      <translation>Partie {number}</translation>
    </message>
    <message>
      <source>Title {number}</source>
      <translation>Titre {number}</translation>
    </message>
    <message>
      <source>Chapter {number}</source>
      <translation>Chapitre {number}</translation>
    </message>
    <message>
      <source>Section {number}</source>
      <translation>Section {number}</translation>
    </message>
    <message>
      <source>Article {number}</source>
      <translation>Article {number}</translation>
    </message>
    <message>
      <source>Annex {number}</source>
      <translation>Annexe {number}</translation>
    </message>
    <message>
      <source>Interpretative notes {number}</source>
      <translation>Notes interprétatives {number}</translation>
    </message>
    <message>
      <source>Closing formula {number}</source>
      <translation>Formule finale {number}</translation>
    </message>
    <message>
      <source>para. {number}</source>
      <translation>par. {number}</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <source>(choose)</source>
      <translation>(choisir)</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
      <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
      <source>{label} is required.</source>
      <translation>{label} : ce champ est obligatoire.</translation>
    </message>
    <message>
      <source>{label} must be a real date such as 2024-08-08 (or 2024-08, 2024).</source>
      <translation>{label} : indiquez une date réelle, par exemple 2024-08-08 (ou 2024-08, 2024).</translation>
    </message>
    <message>
      <source>{label} must start with http:// or https://.</source>
      <translation>{label} : l'adresse doit commencer par http:// ou https://.</translation>
    </message>
  </context>
  <context>
    <name>RecordDialogs</name>
    <message>
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <source>Show settled items (carried unchanged, resolved)</source>
      <translation>Afficher les éléments réglés (reportés sans changement, résolus)</translation>
    </message>
    <message>
      <source>Mark &amp;resolved</source>
      <translation>Marquer comme &amp;résolu</translation>
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation>R&amp;ouvrir</translation>
    </message>
    <message>
      <source>&amp;New draft</source>
      <translation>&amp;Nouveau projet :</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s) need a look.</source>
      <translation>
        <numerusform>%n élément est à revoir.</numerusform>
        <numerusform>%n éléments sont à revoir.</numerusform>
      </translation>
    </message>
    <message>
      <source>No document has a second version yet: import a new draft first.</source>
      <translation>Aucun document n'a encore de deuxième version : importez d'abord un nouveau projet.</translation>
    </message>
  </context>
  <context>
    <name>SchemaUpgrade</name>
    <message>
      <source>Updating the workspace</source>
      <translation>Mise à jour de l'espace de travail</translation>
    </message>
    <message>
      <source>Updating {name} for this version of Briefing Desk (step {step} of {total}). This may take a while for a large workspace; Cancel leaves the file as it was.</source>
      <translation>Mise à jour de {name} pour cette version de Briefing Desk (étape {step} sur {total}). Cela peut prendre un moment pour un grand espace de travail ; Annuler laisse le fichier tel qu'il était.</translation>
    </message>
    <message>
      <source>{name} was not opened and is unchanged.</source>
      <translation>{name} n'a pas été ouvert et reste inchangé.</translation>
    </message>
    <message>
      <source>Cancelling: putting {name} back as it was…</source>
      <translation>Annulation : {name} est remis tel qu'il était…</translation>
    </message>
    <message>
      <source>Cannot open workspace</source>
      <translation>Impossible d'ouvrir l'espace de travail</translation>
    </message>
    <message>
      <source>{name} is unchanged.</source>
      <translation>{name} reste inchangé.</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <source>Search</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <source>Search provisions, concerns and amendments…</source>
      <translation>Rechercher dispositions, préoccupations et amendements…</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Résultats de la recherche</translation>
    </message>
    <message>
      <source>Results appear as you type: words from a provision's number or heading, a concern or an amendment; a "quoted phrase" matches as written. ↑/↓ choose, Enter opens the hit.</source>
      <translation>Les résultats s'affichent pendant la saisie : mots du numéro ou de l'intitulé d'une disposition, d'une préoccupation ou d'un amendement ; une « expression entre guillemets » est cherchée telle quelle. ↑/↓ pour choisir, Entrée ouvre le résultat.</translation>
    </message>
    <message numerus="yes">
      <source>%n result(s)</source>
      <translation>
        <numerusform>%n résultat</numerusform>
        <numerusform>%n résultats</numerusform>
      </translation>
    </message>
    <message>
      <source>No results.</source>
      <translation>Aucun résultat.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Raccourci</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>Menu</translation>
    </message>
    <message>
      <source>Text fields also take the usual editing keys; Tab and Shift+Tab move between fields; the Menu key or Shift+F10 opens a card's actions.</source>
      <translation>Les champs de texte acceptent aussi les touches d'édition habituelles ; Tab et Maj+Tab passent d'un champ à l'autre ; la touche Menu ou Maj+F10 ouvre les actions d'une fiche.</translation>
    </message>
  </context>
  <context>
    <name>SidePanel</name>
    <message>
      <source>Type a delegation to see what it said before</source>
      <translation>Tapez une délégation pour voir ce qu'elle a dit auparavant</translation>
    </message>
    <message>
      <source>What the delegation said before</source>
      <translation>Ce que la délégation a dit auparavant</translation>
    </message>
    <message>
      <source>Proposals on this provision</source>
      <translation>Propositions sur cette disposition</translation>
    </message>
    <message>
      <source>{name} said before</source>
      <translation>{name} a dit auparavant</translation>
    </message>
    <message>
      <source>{name} has not taken the floor yet</source>
      <translation>{name} n'a pas encore pris la parole</translation>
    </message>
    <message>
      <source>No position recorded on {provision}</source>
      <translation>Aucune position enregistrée sur {provision}</translation>
    </message>
    <message>
      <source>Position on {provision} now: {stance} ({date}{where})</source>
      <translation>Position actuelle sur {provision} : {stance} ({date}{where})</translation>
    </message>
    <message>
      <source>None yet: a redline such as delete 'may' tables one</source>
      <translation>Aucune pour l'instant : une modification comme delete 'may' en présente une</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>Negotiating status</source>
      <translation>État de négociation</translation>
    </message>
    <message>
      <source>Where does {provision} stand?</source>
      <translation>Où en est {provision} ?</translation>
    </message>
    <message>
      <source>Choose a provision in the tree first.</source>
      <translation>Choisissez d'abord une disposition dans l'arborescence.</translation>
    </message>
    <message>
      <source>Set status of {provision}</source>
      <translation>Définir l'état de {provision}</translation>
    </message>
    <message>
      <source>Export capital pack</source>
      <translation>Exporter un dossier pour la capitale</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>The &amp;ministry (status and reservations first)</source>
      <translation>Le &amp;ministère (état et réserves d'abord)</translation>
    </message>
    <message>
      <source>A parliament &amp;committee (the bill and safeguards first)</source>
      <translation>Une &amp;commission parlementaire (le projet de loi et les garanties d'abord)</translation>
    </message>
    <message>
      <source>Addressed to</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <source>&amp;State</source>
      <translation>&amp;État :</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <source>&amp;Addressed to</source>
      <translation>&amp;Destinataire :</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exporter…</translation>
    </message>
    <message>
      <source>Reservation or declaration</source>
      <translation>Réserve ou déclaration</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Nature</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Summary (our words)</source>
      <translation>Résumé (nos termes)</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Withdrawn on</source>
      <translation>Retirée le</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Fiabilité</translation>
    </message>
    <message>
      <source>Step towards the treaty</source>
      <translation>Étape vers le traité</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Illustrative (no source supports it)</source>
      <translation>Fictif (aucune source ne l'étaye)</translation>
    </message>
    <message>
      <source>Note (our words)</source>
      <translation>Note (nos termes)</translation>
    </message>
    <message>
      <source>Name the source, or mark the step illustrative.</source>
      <translation>Indiquez la source, ou signalez l'étape comme fictive.</translation>
    </message>
    <message>
      <source>Provisions it touches (none: the whole treaty)</source>
      <translation>Dispositions visées (aucune : tout le traité)</translation>
    </message>
    <message>
      <source>It cannot be withdrawn before it was made.</source>
      <translation>Elle ne peut pas être retirée avant d'avoir été formulée.</translation>
    </message>
    <message>
      <source>National law or bill</source>
      <translation>Loi ou projet de loi national</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Date of that stage</source>
      <translation>Date de cette étape</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Lien</translation>
    </message>
    <message>
      <source>Section of a national law</source>
      <translation>Article d'une loi nationale</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Intitulé</translation>
    </message>
    <message>
      <source>What it says (our words)</source>
      <translation>Ce qu'il dit (nos termes)</translation>
    </message>
    <message>
      <source>Treaty articles it implements</source>
      <translation>Articles du traité qu'il met en œuvre</translation>
    </message>
    <message>
      <source>Concerns about it</source>
      <translation>Préoccupations à son sujet</translation>
    </message>
    <message>
      <source>Documented cases under it</source>
      <translation>Cas documentés en application de cet article</translation>
    </message>
    <message>
      <source>Give the section a number or a heading.</source>
      <translation>Donnez un numéro ou un intitulé à l'article.</translation>
    </message>
    <message>
      <source>&amp;Participant</source>
      <translation>&amp;Participant</translation>
    </message>
    <message>
      <source>&amp;Signature</source>
      <translation>&amp;Signature</translation>
    </message>
    <message>
      <source>I&amp;nstrument</source>
      <translation>I&amp;nstrument</translation>
    </message>
    <message>
      <source>&amp;Withdrawal</source>
      <translation>&amp;Retrait</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>Na&amp;ture</translation>
    </message>
    <message>
      <source>Dat&amp;e</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <source>Import status list</source>
      <translation>Importer l'état des ratifications</translation>
    </message>
    <message>
      <source>Status table</source>
      <translation>Tableau de l'état des ratifications</translation>
    </message>
    <message>
      <source>Paste the depositary's table here (from a spreadsheet or web page), or open a CSV file. The first line names the columns.</source>
      <translation>Collez ici le tableau du dépositaire (depuis un tableur ou une page web), ou ouvrez un fichier CSV. La première ligne nomme les colonnes.</translation>
    </message>
    <message>
      <source>&amp;Open file…</source>
      <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
      <source>Rows that cannot be read</source>
      <translation>Lignes illisibles</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <source> column</source>
      <translation> (colonne)</translation>
    </message>
    <message>
      <source>Source of the list</source>
      <translation>Source de la liste</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
    <message>
      <source>Add delegations for participants not in the workspace</source>
      <translation>Ajouter des délégations pour les participants absents de l'espace de travail</translation>
    </message>
    <message>
      <source>Open status list</source>
      <translation>Ouvrir l'état des ratifications</translation>
    </message>
    <message>
      <source>Tables (*.csv *.tsv *.txt *.md);;All files (*)</source>
      <translation>Tableaux (*.csv *.tsv *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Cannot read {file} as UTF-8 text: {error}</source>
      <translation>Impossible de lire {file} comme texte UTF-8 : {error}</translation>
    </message>
    <message>
      <source>(not in the table)</source>
      <translation>(absent du tableau)</translation>
    </message>
    <message>
      <source>Name the column that holds the participants.</source>
      <translation>Indiquez la colonne qui contient les participants.</translation>
    </message>
    <message>
      <source>{new} new, {updated} updated, {unchanged} unchanged</source>
      <translation>{new} nouveau(x), {updated} mis à jour, {unchanged} inchangé(s)</translation>
    </message>
    <message>
      <source>; {n} new delegation(s)</source>
      <translation> ; {n} nouvelle(s) délégation(s)</translation>
    </message>
    <message>
      <source>Every row can be read: {counts}.</source>
      <translation>Toutes les lignes sont lisibles : {counts}.</translation>
    </message>
    <message>
      <source>{n} row(s) cannot be read; nothing will be imported until they are fixed ({counts} otherwise).</source>
      <translation>{n} ligne(s) illisible(s) ; rien ne sera importé tant qu'elles ne seront pas corrigées ({counts} sinon).</translation>
    </message>
    <message>
      <source>Entry-into-force rule</source>
      <translation>Règle d'entrée en vigueur</translation>
    </message>
    <message>
      <source>Instruments required</source>
      <translation>Instruments requis</translation>
    </message>
    <message>
      <source>Days after the deciding instrument</source>
      <translation>Jours après l'instrument décisif</translation>
    </message>
    <message>
      <source>Kinds that count</source>
      <translation>Types pris en compte</translation>
    </message>
    <message>
      <source>Regional economic integration organisations</source>
      <translation>Organisations régionales d'intégration économique</translation>
    </message>
    <message>
      <source>Their instruments count on top of their members'</source>
      <translation>Leurs instruments comptent en plus de ceux de leurs membres</translation>
    </message>
    <message>
      <source>What the treaty says (our words)</source>
      <translation>Ce que dit le traité (nos termes)</translation>
    </message>
    <message>
      <source>&amp;Instruments required</source>
      <translation>&amp;Instruments requis :</translation>
    </message>
    <message>
      <source>&amp;Days after the deciding one</source>
      <translation>&amp;Jours après l'instrument décisif :</translation>
    </message>
    <message>
      <source>Regional organisations</source>
      <translation>Organisations régionales</translation>
    </message>
    <message>
      <source>What the treaty says</source>
      <translation>Ce que dit le traité</translation>
    </message>
    <message>
      <source>Tick at least one kind of instrument that counts.</source>
      <translation>Cochez au moins un type d'instrument pris en compte.</translation>
    </message>
    <message>
      <source>illustrative</source>
      <translation>fictif</translation>
    </message>
    <message>
      <source>Whole treaty</source>
      <translation>Ensemble du traité</translation>
    </message>
    <message>
      <source>Art. {number}({part})</source>
      <translation>art. {number}, par. {part}</translation>
    </message>
    <message>
      <source>Art. {number}</source>
      <translation>art. {number}</translation>
    </message>
    <message>
      <source> ({date})</source>
      <translation> ({date})</translation>
    </message>
    <message>
      <source>; withdrawn {date}</source>
      <translation> ; retirée le {date}</translation>
    </message>
    <message>
      <source>{kind}{when} on {scope}{withdrawn} (illustrative): {summary}</source>
      <translation>{kind}{when} portant sur {scope}{withdrawn} (donnée fictive) : {summary}</translation>
    </message>
    <message>
      <source>{kind}{when} on {scope}{withdrawn}: {summary}</source>
      <translation>{kind}{when} portant sur {scope}{withdrawn} : {summary}</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Instrument</translation>
    </message>
    <message>
      <source>Withdrawal</source>
      <translation>Retrait</translation>
    </message>
    <message>
      <source>Reservations</source>
      <translation>Réserves</translation>
    </message>
    <message>
      <source>Groups</source>
      <translation>Groupes</translation>
    </message>
  </context>
  <context>
    <name>StatusController</name>
    <message>
      <source>The workspace has no treaty yet: import a draft first.</source>
      <translation>L'espace de travail ne contient pas encore de traité : importez d'abord un projet.</translation>
    </message>
    <message>
      <source>Import status list</source>
      <translation>Importer l'état des ratifications</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Rien n'a été importé.</translation>
    </message>
    <message>
      <source>Import status list ({n} changes)</source>
      <translation>Importer l'état des ratifications ({n} modifications)</translation>
    </message>
    <message>
      <source>Imported the status list: {new} new, {updated} updated.</source>
      <translation>État des ratifications importé : {new} nouveau(x), {updated} mis à jour.</translation>
    </message>
    <message>
      <source>Add reservation of {name}</source>
      <translation>Ajouter une réserve de {name}</translation>
    </message>
    <message>
      <source>Edit reservation</source>
      <translation>Modifier la réserve</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Edit the entry-into-force rule</source>
      <translation>Modifier la règle d'entrée en vigueur</translation>
    </message>
    <message>
      <source>Record {kind} of {name}</source>
      <translation>Enregistrer {kind} de {name}</translation>
    </message>
    <message>
      <source>Edit {kind}</source>
      <translation>Modifier {kind}</translation>
    </message>
    <message>
      <source>Delete this {kind} ({date})?

You can undo this with Edit → Undo.</source>
      <translation>Supprimer cet élément ({kind}, {date}) ?

Vous pouvez revenir en arrière avec Édition → Annuler.</translation>
    </message>
    <message>
      <source>Delete {kind}</source>
      <translation>Supprimer {kind}</translation>
    </message>
    <message>
      <source>Delete this {kind}?

You can undo this with Edit → Undo.</source>
      <translation>Supprimer cet élément ({kind}) ?

Vous pouvez revenir en arrière avec Édition → Annuler.</translation>
    </message>
    <message>
      <source>Delete reservation</source>
      <translation>Supprimer la réserve</translation>
    </message>
    <message>
      <source>Export capital pack</source>
      <translation>Exporter un dossier pour la capitale</translation>
    </message>
    <message>
      <source>Writing the capital pack…</source>
      <translation>Rédaction du dossier pour la capitale…</translation>
    </message>
    <message>
      <source>Capital pack not logged</source>
      <translation>Dossier pour la capitale non consigné au journal</translation>
    </message>
    <message>
      <source>{file} was written but is not in the export log.</source>
      <translation>{file} a été écrit mais ne figure pas au journal des exportations.</translation>
    </message>
    <message>
      <source>Saved the capital pack as {file}.</source>
      <translation>Dossier pour la capitale enregistré sous {file}.</translation>
    </message>
    <message>
      <source>Capital pack cancelled</source>
      <translation>Dossier pour la capitale annulé</translation>
    </message>
    <message>
      <source>Export capit&amp;al pack…</source>
      <translation>Exporter un dossier pour la capita&amp;le…</translation>
    </message>
    <message>
      <source>After adoption: a pack for a state's ministry or parliament committee</source>
      <translation>Après l'adoption : un dossier pour le ministère ou la commission parlementaire d'un État</translation>
    </message>
    <message>
      <source>No file was written.</source>
      <translation>Aucun fichier n'a été écrit.</translation>
    </message>
    <message>
      <source>&amp;Treaty status</source>
      <translation>État du &amp;traité</translation>
    </message>
    <message>
      <source>Signatures, ratifications, reservations and entry into force</source>
      <translation>Signatures, ratifications, réserves et entrée en vigueur</translation>
    </message>
    <message>
      <source>National &amp;implementation</source>
      <translation>Mise en œuvre &amp;nationale</translation>
    </message>
    <message>
      <source>Laws and bills per state, mapped to the treaty articles they implement</source>
      <translation>Lois et projets de loi par État, rattachés aux articles du traité qu'ils mettent en œuvre</translation>
    </message>
    <message>
      <source>Was our ask &amp;adopted?</source>
      <translation>Notre demande a-t-elle été &amp;retenue ?</translation>
    </message>
    <message>
      <source>Each amendment we recommended judged against a later text, with the evidence</source>
      <translation>Chaque amendement recommandé, évalué au regard d'un texte ultérieur, avec les éléments à l'appui</translation>
    </message>
    <message>
      <source>Import stat&amp;us list…</source>
      <translation>Importer l'état des ratific&amp;ations…</translation>
    </message>
    <message>
      <source>The depositary's list of signatures and ratifications, from a CSV file or a pasted table</source>
      <translation>La liste des signatures et ratifications du dépositaire, depuis un fichier CSV ou un tableau collé</translation>
    </message>
  </context>
  <context>
    <name>StatusViews</name>
    <message>
      <source>Save as PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
  </context>
  <context>
    <name>TreatyStatusPage</name>
    <message>
      <source>Treaty status by state</source>
      <translation>État du traité par État</translation>
    </message>
    <message>
      <source>Treaty</source>
      <translation>Traité</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Filter states…</source>
      <translation>Filtrer les États…</translation>
    </message>
    <message>
      <source>Filter states</source>
      <translation>Filtrer les États</translation>
    </message>
    <message>
      <source>&amp;Treaty:</source>
      <translation>&amp;Traité :</translation>
    </message>
    <message>
      <source>&amp;Group:</source>
      <translation>&amp;Groupe :</translation>
    </message>
    <message>
      <source>&amp;Import status list…</source>
      <translation>Im&amp;porter l'état des ratifications…</translation>
    </message>
    <message>
      <source>Entry-into-&amp;force rule…</source>
      <translation>Règle d'entrée en &amp;vigueur…</translation>
    </message>
    <message>
      <source>Add rese&amp;rvation…</source>
      <translation>Ajouter une &amp;réserve…</translation>
    </message>
    <message>
      <source>&amp;Edit reservation…</source>
      <translation>&amp;Modifier la réserve…</translation>
    </message>
    <message>
      <source>De&amp;lete reservation</source>
      <translation>&amp;Supprimer la réserve</translation>
    </message>
    <message>
      <source>Steps of the selected state</source>
      <translation>Étapes de l'État sélectionné</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Étapes</translation>
    </message>
    <message>
      <source>Record ste&amp;p…</source>
      <translation>&amp;Enregistrer une étape…</translation>
    </message>
    <message>
      <source>Edit step…</source>
      <translation>Modifier l'étape…</translation>
    </message>
    <message>
      <source>Delete step</source>
      <translation>Supprimer l'étape</translation>
    </message>
    <message>
      <source>Reservations and declarations</source>
      <translation>Réserves et déclarations</translation>
    </message>
    <message>
      <source>Reservations and declarations of the selected state</source>
      <translation>Réserves et déclarations de l'État sélectionné</translation>
    </message>
    <message>
      <source>hatched: illustrative</source>
      <translation>hachuré : fictif</translation>
    </message>
    <message>
      <source>All delegations</source>
      <translation>Toutes les délégations</translation>
    </message>
    <message>
      <source>No treaty yet: File → Import draft… reads its text; then Import status list… here reads who signed, ratified or withdrew (the depositary's table).</source>
      <translation>Aucun traité pour l'instant : Fichier → Importer un projet de texte… lit son texte ; ensuite Importer l'état des ratifications…, ici, lit qui a signé, ratifié ou s'est retiré (le tableau du dépositaire).</translation>
    </message>
    <message>
      <source>Not on the map: {names}</source>
      <translation>Absents de la carte : {names}</translation>
    </message>
    <message>
      <source>No states yet: Import status list… reads who signed, ratified or withdrew (the depositary's table), or View → Delegations, Add delegation… adds a state by hand.</source>
      <translation>Aucun État pour l'instant : Importer l'état des ratifications… lit qui a signé, ratifié ou s'est retiré (le tableau du dépositaire), ou Affichage → Délégations, Ajouter une délégation… ajoute un État à la main.</translation>
    </message>
    <message>
      <source>Steps: select a state</source>
      <translation>Étapes : sélectionnez un État</translation>
    </message>
    <message>
      <source>Steps of {name}</source>
      <translation>Étapes de {name}</translation>
    </message>
    <message>
      <source>no source</source>
      <translation>aucune source</translation>
    </message>
    <message>
      <source>{step} {date} ({origin})</source>
      <translation>{step}, {date} ({origin})</translation>
    </message>
    <message>
      <source>: {summary}</source>
      <translation> : {summary}</translation>
    </message>
    <message>
      <source>Reservations and declarations: select a state</source>
      <translation>Réserves et déclarations : sélectionnez un État</translation>
    </message>
    <message>
      <source>Reservations and declarations of {name}: {count}</source>
      <translation>Réserves et déclarations de {name} : {count}</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation>aucune enregistrée</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Unlock workspace</source>
      <translation>Déverrouiller l'espace de travail</translation>
    </message>
    <message>
      <source>{name} is encrypted. Enter its passphrase.</source>
      <translation>{name} est chiffré. Saisissez sa phrase secrète.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
  </context>
  <context>
    <name>Uptake</name>
    <message>
      <source>adopted</source>
      <translation>adopté</translation>
    </message>
    <message>
      <source>partly adopted</source>
      <translation>adopté en partie</translation>
    </message>
    <message>
      <source>not adopted</source>
      <translation>non adopté</translation>
    </message>
    <message>
      <source>provision deleted</source>
      <translation>disposition supprimée</translation>
    </message>
    <message>
      <source>we asked for the provision to be deleted, and it is gone</source>
      <translation>nous demandions la suppression de la disposition, et elle a disparu</translation>
    </message>
    <message>
      <source>the provision is not in the later text</source>
      <translation>la disposition ne figure pas dans le texte ultérieur</translation>
    </message>
    <message>
      <source>the passage the amendment acts on was not in the text it was written on</source>
      <translation>le passage visé par l'amendement ne figurait pas dans le texte sur lequel il a été rédigé</translation>
    </message>
    <message>
      <source>the amendment changes nothing</source>
      <translation>l'amendement ne change rien</translation>
    </message>
    <message>
      <source>the later text makes the change we asked for</source>
      <translation>le texte ultérieur apporte la modification demandée</translation>
    </message>
    <message>
      <source>the later text makes part of the change we asked for</source>
      <translation>le texte ultérieur apporte une partie de la modification demandée</translation>
    </message>
    <message>
      <source>the later text does not make the change we asked for</source>
      <translation>le texte ultérieur n'apporte pas la modification demandée</translation>
    </message>
    <message numerus="yes">
      <source>%n adopted</source>
      <translation>
        <numerusform>%n adopté</numerusform>
        <numerusform>%n adoptés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n partly adopted</source>
      <translation>
        <numerusform>%n adopté en partie</numerusform>
        <numerusform>%n adoptés en partie</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not adopted</source>
      <translation>
        <numerusform>%n non adopté</numerusform>
        <numerusform>%n non adoptés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n provision(s) deleted</source>
      <translation>
        <numerusform>%n disposition supprimée</numerusform>
        <numerusform>%n dispositions supprimées</numerusform>
      </translation>
    </message>
    <message>
      <source>{n}%</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <source>nothing: the provision is gone</source>
      <translation>rien : la disposition a disparu</translation>
    </message>
    <message>
      <source>{share} of the change, similarity {similarity}. Judged against {judged}.</source>
      <translation>{share} de la modification, similarité {similarity}. Texte de comparaison : {judged}.</translation>
    </message>
    <message>
      <source>{outcome}: {reason}; {measure}</source>
      <translation>{outcome} : {reason} ; {measure}</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Éléments à l'appui</translation>
    </message>
    <message>
      <source>(what we asked → what the text says):</source>
      <translation>(ce que nous demandions → ce que dit le texte) :</translation>
    </message>
    <message>
      <source>What we asked:</source>
      <translation>Ce que nous demandions :</translation>
    </message>
    <message>
      <source>Backed by:</source>
      <translation>Soutenu par :</translation>
    </message>
    <message>
      <source>Delegations for:</source>
      <translation>Délégations pour :</translation>
    </message>
    <message>
      <source>Delegations against:</source>
      <translation>Délégations contre :</translation>
    </message>
    <message>
      <source>Some of these positions are illustrative (invented for the demo).</source>
      <translation>Certaines de ces positions sont fictives (inventées pour la démonstration).</translation>
    </message>
    <message>
      <source>Amendment</source>
      <translation>Amendement</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Disposition</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Part</translation>
    </message>
    <message>
      <source>Similarity</source>
      <translation>Similitude</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Proposé</translation>
    </message>
    <message>
      <source>(you decide)</source>
      <translation>(à vous de décider)</translation>
    </message>
    <message>
      <source>Backed by</source>
      <translation>Soutenu par</translation>
    </message>
  </context>
  <context>
    <name>UptakeController</name>
    <message>
      <source>Set statuses from the report</source>
      <translation>Définir les statuts d'après le rapport</translation>
    </message>
    <message>
      <source>No status was changed.</source>
      <translation>Aucun statut n'a été modifié.</translation>
    </message>
    <message>
      <source>Every status already matches the report.</source>
      <translation>Tous les statuts correspondent déjà au rapport.</translation>
    </message>
    <message>
      <source>Set {n} amendment statuses from the report</source>
      <translation>Définir le statut de {n} amendements d'après le rapport</translation>
    </message>
    <message>
      <source>Set {n} amendment statuses; Edit → Undo takes them back.</source>
      <translation>Statut de {n} amendements défini ; Édition → Annuler revient en arrière.</translation>
    </message>
    <message>
      <source>Uptake report</source>
      <translation>Rapport de suivi des demandes</translation>
    </message>
    <message>
      <source>Writing the uptake report…</source>
      <translation>Rédaction du rapport de suivi…</translation>
    </message>
    <message>
      <source>Saved the uptake report as {file}.</source>
      <translation>Rapport de suivi enregistré sous {file}.</translation>
    </message>
    <message>
      <source>Uptake report cancelled</source>
      <translation>Rapport de suivi annulé</translation>
    </message>
    <message>
      <source>No file was written.</source>
      <translation>Aucun fichier n'a été écrit.</translation>
    </message>
  </context>
  <context>
    <name>UptakePage</name>
    <message>
      <source>Amendments and their outcome</source>
      <translation>Amendements et leur résultat</translation>
    </message>
    <message>
      <source>Outcome and evidence</source>
      <translation>Résultat et éléments à l'appui</translation>
    </message>
    <message>
      <source>From version</source>
      <translation>Version de départ</translation>
    </message>
    <message>
      <source>To version</source>
      <translation>Version d'arrivée</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>D&amp;epuis :</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>&amp;Jusqu'à :</translation>
    </message>
    <message>
      <source>&amp;Set statuses from the report</source>
      <translation>Définir les &amp;statuts d'après le rapport</translation>
    </message>
    <message>
      <source>E&amp;xport PDF…</source>
      <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
      <source>Choose an earlier version under From and a later one under To.</source>
      <translation>Choisissez une version antérieure sous Depuis et une version ultérieure sous Jusqu'à.</translation>
    </message>
    <message>
      <source>This view compares two versions of the treaty: the amendments you proposed to the earlier one, and whether the later one took them up. File → Import draft… adds a version.</source>
      <translation>Cette vue compare deux versions du traité : les amendements que vous avez proposés à la première, et si la suivante les a repris. Fichier → Importer un projet de texte… ajoute une version.</translation>
    </message>
    <message>
      <source>No amendment to the version under From: amendments are recorded on a provision's Amendments tab (View → Provisions).</source>
      <translation>Aucun amendement à la version choisie sous Depuis : les amendements s'enregistrent dans l'onglet Amendements d'une disposition (Affichage → Dispositions).</translation>
    </message>
  </context>
  <context>
    <name>WorldMap</name>
    <message>
      <source>World map of treaty status</source>
      <translation>Carte mondiale de l'état du traité</translation>
    </message>
    <message>
      <source>Map of {n} recorded states: {counts}</source>
      <translation>Carte de {n} États enregistrés : {counts}</translation>
    </message>
    <message>
      <source> (illustrative)</source>
      <translation> (fictif)</translation>
    </message>
  </context>
  <context>
    <name>protect</name>
    <message>
      <source>Lock when idle</source>
      <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
      <source>Lock an encrypted workspace after this many minutes without input (0: never):</source>
      <translation>Verrouiller un espace de travail chiffré après ce nombre de minutes sans saisie (0 : jamais) :</translation>
    </message>
    <message>
      <source>Lo&amp;ck now</source>
      <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
      <source>Hide everything until the passphrase is typed again</source>
      <translation>Tout masquer jusqu'à ce que la phrase secrète soit de nouveau saisie</translation>
    </message>
    <message>
      <source>&amp;Encrypt workspace…</source>
      <translation>C&amp;hiffrer l'espace de travail…</translation>
    </message>
    <message>
      <source>Encrypt this workspace and its backups with a passphrase</source>
      <translation>Chiffrer cet espace de travail et ses sauvegardes avec une phrase secrète</translation>
    </message>
    <message>
      <source>C&amp;hange passphrase…</source>
      <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
      <source>&amp;Decrypt workspace…</source>
      <translation>&amp;Déchiffrer l'espace de travail…</translation>
    </message>
    <message>
      <source>Make this workspace and its backups plain files again</source>
      <translation>Refaire de cet espace de travail et de ses sauvegardes des fichiers en clair</translation>
    </message>
    <message>
      <source>Lock when &amp;idle…</source>
      <translation>Verrouiller après &amp;inactivité…</translation>
    </message>
    <message>
      <source>Keep passphrase in the &amp;system keyring</source>
      <translation>Conserver la phrase secrète dans le &amp;trousseau du système</translation>
    </message>
    <message>
      <source>Let this computer's keyring unlock this workspace (optional)</source>
      <translation>Laisser le trousseau de cet ordinateur déverrouiller cet espace de travail (facultatif)</translation>
    </message>
    <message>
      <source>Make tra&amp;vel copy…</source>
      <translation>Créer une copie de voya&amp;ge…</translation>
    </message>
    <message>
      <source>A new encrypted workspace with only the documents and delegations a trip needs</source>
      <translation>Un nouvel espace de travail chiffré ne contenant que les documents et délégations utiles au voyage</translation>
    </message>
    <message>
      <source>For&amp;get this workspace…</source>
      <translation>O&amp;ublier cet espace de travail…</translation>
    </message>
    <message>
      <source>Remove this workspace with its backups and temporary copies from this computer</source>
      <translation>Retirer de cet ordinateur cet espace de travail avec ses sauvegardes et copies temporaires</translation>
    </message>
    <message>
      <source>System keyring</source>
      <translation>Trousseau du système</translation>
    </message>
    <message>
      <source>The passphrase is no longer kept in the system keyring.</source>
      <translation>La phrase secrète n'est plus conservée dans le trousseau du système.</translation>
    </message>
    <message>
      <source>This computer has no usable keyring (install the keyring package; on Linux a Secret Service such as GNOME Keyring).</source>
      <translation>Cet ordinateur n'a pas de trousseau utilisable (installez le paquet keyring ; sous Linux, un service Secret Service tel que GNOME Keyring).</translation>
    </message>
    <message>
      <source>The passphrase was wrong or the keyring refused it; nothing was kept.</source>
      <translation>La phrase secrète était incorrecte ou le trousseau l'a refusée ; rien n'a été conservé.</translation>
    </message>
    <message>
      <source>The system keyring now unlocks this workspace.</source>
      <translation>Le trousseau du système déverrouille désormais cet espace de travail.</translation>
    </message>
    <message>
      <source>Lock now</source>
      <translation>Verrouiller maintenant</translation>
    </message>
    <message>
      <source>Only an encrypted workspace can be locked: Tools → Encrypt workspace… first.</source>
      <translation>Seul un espace de travail chiffré peut être verrouillé : d'abord Outils → Chiffrer l'espace de travail….</translation>
    </message>
    <message>
      <source>The workspace was left as it was.</source>
      <translation>L'espace de travail est resté tel quel.</translation>
    </message>
    <message>
      <source>Converting {name}…</source>
      <translation>Conversion de {name}…</translation>
    </message>
    <message>
      <source>A background job</source>
      <translation>Une tâche en arrière-plan</translation>
    </message>
    <message>
      <source>{job} is still running; try again when it has finished.</source>
      <translation>{job} est encore en cours ; réessayez quand ce sera terminé.</translation>
    </message>
    <message>
      <source>Encrypt workspace</source>
      <translation>Chiffrer l'espace de travail</translation>
    </message>
    <message>
      <source>The workspace and its backups will be encrypted (SQLCipher). The plain file is overwritten and removed. Packs and bundles you export stay as they are.</source>
      <translation>L'espace de travail et ses sauvegardes seront chiffrés (SQLCipher). Le fichier en clair est écrasé puis supprimé. Les dossiers et lots que vous exportez restent tels quels.</translation>
    </message>
    <message>
      <source>The workspace and its backups are encrypted.</source>
      <translation>L'espace de travail et ses sauvegardes sont chiffrés.</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <source>Choose the new passphrase.</source>
      <translation>Choisissez la nouvelle phrase secrète.</translation>
    </message>
    <message>
      <source>The passphrase was changed (workspace and backups).</source>
      <translation>La phrase secrète a été changée (espace de travail et sauvegardes).</translation>
    </message>
    <message>
      <source>Decrypt workspace</source>
      <translation>Déchiffrer l'espace de travail</translation>
    </message>
    <message>
      <source>After this, anyone with the file or its backups can read the names, phone numbers and notes in it. Decrypt?</source>
      <translation>Ensuite, quiconque dispose du fichier ou de ses sauvegardes pourra lire les noms, numéros de téléphone et notes qu'il contient. Déchiffrer ?</translation>
    </message>
    <message>
      <source>Decrypt</source>
      <translation>Déchiffrer</translation>
    </message>
    <message>
      <source>The workspace and its backups are plain files now.</source>
      <translation>L'espace de travail et ses sauvegardes sont désormais des fichiers en clair.</translation>
    </message>
    <message>
      <source>Make travel copy</source>
      <translation>Créer une copie de voyage</translation>
    </message>
    <message>
      <source>The travel copy's passphrase (better not the same as this workspace's).</source>
      <translation>La phrase secrète de la copie de voyage (de préférence différente de celle de cet espace de travail).</translation>
    </message>
    <message>
      <source>Writing the travel copy…</source>
      <translation>Écriture de la copie de voyage…</translation>
    </message>
    <message>
      <source>Travel copy written: {path}</source>
      <translation>Copie de voyage écrite : {path}</translation>
    </message>
    <message>
      <source>No travel copy was written.</source>
      <translation>Aucune copie de voyage n'a été écrite.</translation>
    </message>
    <message>
      <source>Forget this workspace</source>
      <translation>Oublier cet espace de travail</translation>
    </message>
    <message>
      <source>{name}, its backups and temporary copies will be overwritten and removed from this computer, and it leaves the recent files. This cannot be undone; a travel copy or bundle made from it is not touched. Forget it?</source>
      <translation>{name}, ses sauvegardes et copies temporaires seront écrasés et supprimés de cet ordinateur, et il quittera la liste des fichiers récents. C'est irréversible ; une copie de voyage ou un lot tiré de lui n'est pas touché. L'oublier ?</translation>
    </message>
    <message>
      <source>Forget</source>
      <translation>Oublier</translation>
    </message>
    <message>
      <source>{name} was forgotten ({n} files overwritten and removed).</source>
      <translation>{name} a été oublié ({n} fichiers écrasés et supprimés).</translation>
    </message>
    <message>
      <source>Briefing Desk is locked</source>
      <translation>Briefing Desk est verrouillé</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <source>Wrong passphrase.</source>
      <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Verrouillé</translation>
    </message>
    <message>
      <source>Keep the passphrase safe: without it nobody, you included, can open this workspace or its backups.</source>
      <translation>Conservez la phrase secrète en lieu sûr : sans elle, personne, vous compris, ne peut ouvrir cet espace de travail ni ses sauvegardes.</translation>
    </message>
    <message>
      <source>Wrong passphrase; {n} tries left.</source>
      <translation>Phrase secrète incorrecte ; il reste {n} essai(s).</translation>
    </message>
    <message>
      <source>New workspace</source>
      <translation>Nouvel espace de travail</translation>
    </message>
    <message>
      <source>{name} will hold names, phone numbers and notes. Encrypt it, so that a lost or seized laptop does not give them away?</source>
      <translation>{name} contiendra des noms, des numéros de téléphone et des notes. Le chiffrer, pour qu'un ordinateur perdu ou saisi ne les livre pas ?</translation>
    </message>
    <message>
      <source>Documents
(versions, provisions, amendments, positions)</source>
      <translation>Documents
(versions, dispositions, amendements, positions)</translation>
    </message>
    <message>
      <source>Delegations you will meet
(positions, contacts)</source>
      <translation>Délégations que vous rencontrerez
(positions, contacts)</translation>
    </message>
    <message>
      <source>Include &amp;internal records (strategy notes, contacts)</source>
      <translation>Inclure les éléments &amp;internes (notes de stratégie, contacts)</translation>
    </message>
    <message>
      <source>Include &amp;personal records</source>
      <translation>Inclure les éléments &amp;personnels</translation>
    </message>
    <message>
      <source>A new encrypted workspace with only what this trip needs, so that a lost or seized laptop reveals little. After the trip, export a bundle from it and import that here.</source>
      <translation>Un nouvel espace de travail chiffré ne contenant que ce dont ce voyage a besoin, pour qu'un ordinateur perdu ou saisi révèle peu de choses. Après le voyage, exportez-en un lot et importez-le ici.</translation>
    </message>
    <message>
      <source>Make copy…</source>
      <translation>Créer la copie…</translation>
    </message>
  </context>
</TS>
