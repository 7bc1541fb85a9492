import { nurseBoardFr } from '../features/schedule/messages-board.fr';
import { labRefusalFr } from '../features/labs/messages-refusal.fr';
import type { ErrorsMessages } from './errors.en';

// Les mots des refus du cœur, en français du Québec (NIP, n° de dossier); mêmes clés que errors.en.ts.

export const errorsFr: ErrorsMessages = {
  'account-not-found': 'Ce compte n’existe plus : rechargez la liste.',
  'account-unavailable_one':
    'Ce compte est verrouillé pendant {{minutes}} min après {{count}} essai manqué, ou il a été désactivé. Réessayez plus tard ou demandez à une infirmière-chef.',
  'account-unavailable_other':
    'Ce compte est verrouillé pendant {{minutes}} min après {{count}} essais manqués, ou il a été désactivé. Réessayez plus tard ou demandez à une infirmière-chef.',
  'action-not-now': 'Ceci ne peut pas être fait pour {{drug}} maintenant : rechargez la visite.',
  'admin-changes-role':
    'Seul un administrateur peut modifier un compte d’administrateur, de prescripteur ou de pharmacien.',
  'admin-creates-role':
    'Seul un administrateur peut créer un compte d’infirmière-chef, d’administrateur, de prescripteur ou de pharmacien.',
  'admin-exists': 'Un compte administrateur existe déjà : connectez-vous plutôt.',
  'admin-only': 'Seul un administrateur peut faire ceci.',
  'admin-resets-role':
    'Seul un administrateur peut réinitialiser le mot de passe ou NIP d’un administrateur, d’une infirmière-chef, d’un prescripteur ou d’un pharmacien.',
  'administration-exists': 'Ce médicament a déjà une feuille d’administration pour cette visite : ouvrez-la plutôt.',
  'administration-not-open': 'Ouvrez d’abord la feuille d’administration de ce médicament.',
  'administration-signed': 'Cette feuille d’administration est signée : ses heures ne peuvent plus changer.',
  'administration-signed-no-check':
    'La feuille d’administration de ce médicament est signée : plus de double vérification maintenant.',
  'already-checked-in': 'L’arrivée de cette visite est déjà enregistrée : l’arrivée signée ne peut pas changer.',
  'already-on-hold': 'Ce plan est déjà suspendu.',
  'already-saved': 'Ceci est déjà enregistré sous le même nom ou le même numéro.',
  'appointment-already': 'Ce rendez-vous est déjà « $t(schedule.status.{{status}}) ».',
  'appointment-not-found': 'Ce rendez-vous n’existe plus : rechargez la journée.',
  'appointment-other-patient': 'Ce rendez-vous est celui d’un autre patient.',
  'assessment-unsigned': 'Signez l’évaluation avant perfusion avant de commencer : rien n’est donné avant.',
  'backup-check-failed': 'La sauvegarde {{file}} a échoué à sa vérification : elle n’a pas été gardée.',
  'backup-not-found': 'Cette sauvegarde n’est plus dans le dossier.',
  'backup-audit-broken_one':
    'La sauvegarde {{file}} n’a pas été restaurée : son journal d’audit présente {{count}} rupture (quelque chose y a été modifié hors de Chairside).',
  'backup-audit-broken_other':
    'La sauvegarde {{file}} n’a pas été restaurée : son journal d’audit présente {{count}} ruptures (quelque chose y a été modifié hors de Chairside).',
  'backup-damaged':
    'La sauvegarde {{file}} n’a pas été restaurée : elle a échoué à la vérification d’intégrité de la base (le fichier est endommagé).',
  'backup-newer-version':
    'La sauvegarde {{file}} n’a pas été restaurée : elle a été écrite par une version plus récente de Chairside.',
  'backup-wrong-key':
    'La sauvegarde {{file}} ne peut pas être lue avec la clé de cette base de données (elle appartient à une autre base, ou elle est endommagée) : elle n’a pas été restaurée.',
  'broken-character': 'Ce texte contient un caractère brisé : retapez-le.',
  'car-t-calendar-refused': 'Le calendrier CAR T ne peut pas être établi pour cette indication.',
  'car-t-plan-needed': 'La feuille CAR T demande le plan CAR T du patient (produit et date de perfusion).',
  'car-t-plan-required': 'La toxicité CAR T se gradue pour un plan CAR T.',
  'center-closed': 'Le centre est fermé ce jour-là.',
  'center-db-no-profile':
    'Ce Chairside a été démarré sans profil de poste (un script ou un outil de test) : le réglage de la base ne peut pas être enregistré ici.',
  'center-open-that-day': 'Le centre est ouvert le {{date}} : rien à déplacer.',
  'center-regimen-refused': 'Ce protocole ne peut pas être enregistré tel quel : vérifiez les champs signalés.',
  'center-setting-missing': 'Indiquez-le dans Paramètres → Général avant d’imprimer : chaque feuille l’affiche.',
  'chain-check-not-found': 'Cette vérification du journal n’est plus connue : relancez-la.',
  'chair-busy': 'Ce fauteuil est réservé de {{from}} à {{to}}.',
  'chair-name-taken': 'Un autre fauteuil porte déjà ce nom.',
  'chair-not-found': 'Ce fauteuil n’existe plus : rechargez la liste.',
  'chair-out-of-service': 'Ce fauteuil est hors service.',
  'chair-unknown': 'Ce fauteuil n’existe pas.',
  'charge-nurse-only': 'Seule une infirmière-chef ou un administrateur peut faire ceci.',
  'chart-entry-not-found': 'Cette entrée au dossier n’existe plus : rechargez le dossier.',
  'chart-kind-unknown': 'Ce type d’entrée au dossier n’est pas connu.',
  'charted-at-chair': 'Cette visite est documentée au fauteuil : son statut suit le dossier.',
  'check-in-first': 'Enregistrez d’abord l’arrivée du patient avec deux identifiants : rien n’est donné avant.',
  'complete-required': 'Indiquez si toute la dose a été donnée.',
  'consent-in-future': 'Un consentement ne peut pas être daté dans le futur.',
  'ctcae-term-not-found': 'Ce terme CTCAE n’est pas dans la bibliothèque.',
  'current-secret-required': 'Tapez votre propre mot de passe ou NIP actuel.',
  'date-before-birth': 'Ne peut pas précéder la date de naissance.',
  'date-in-future': 'Ne peut pas être dans le futur.',
  'date-in-past': 'Ne peut pas être dans le passé.',
  'day-in-past': 'Ce jour est passé.',
  'day-changed': 'La journée a changé depuis cette proposition : lisez d’abord la nouvelle proposition.',
  'day-too-short':
    'Ouvert {{minutes}} min : pas plus long que l’évaluation préalable et l’observation ({{needed}} min).',
  'deactivate-self': 'Vous ne pouvez pas désactiver votre propre compte.',
  'dose-already-booked': 'Cette dose est déjà réservée : déplacez plutôt son rendez-vous.',
  'dose-not-computable': 'La dose ne peut pas être calculée avec ce poids : vérifiez le poids.',
  'dose-not-found': 'Cette dose n’est plus dans le plan : rechargez le plan.',
  'dose-unplaced':
    'Rien n’a été réservé : la dose {{dose}} (prévue le {{date}}) ne trouve aucun jour ouvert avec de la place.',
  'double-check-difference':
    'La double vérification a trouvé une différence : réglez-la et refaites la double vérification avant de commencer.',
  'double-check-required':
    'Une deuxième infirmière doit vérifier ce médicament de façon indépendante avant qu’il soit commencé.',
  'double-check-stale':
    'La feuille d’administration a changé après la double vérification : refaites la double vérification avant de commencer.',
  'draft-not-corrected': 'Un brouillon ne se corrige pas : enregistrez plutôt le brouillon de nouveau.',
  'draft-not-yours': 'Seule l’infirmière qui a commencé ce brouillon peut le modifier.',
  'draft-other-kind': 'Ce brouillon est d’un autre type.',
  'draft-other-patient': 'Ce brouillon est celui d’un autre patient.',
  'draft-sign-not-yours': 'Seule l’infirmière qui a rédigé ce brouillon peut le signer.',
  'draft-stale':
    'Ce brouillon a été enregistré de nouveau depuis que vous l’avez ouvert : rechargez-le avant d’enregistrer ou de signer.',
  'drug-delivered': 'Le médicament est déjà au fauteuil.',
  'drug-not-found': 'Ce médicament n’est pas dans la bibliothèque.',
  'drug-not-in-visit': 'Ce médicament n’est pas dans le plan pour cette visite.',
  'drug-step-order':
    'Maintenant : $t(dayRun.drugStep.{{current}}). La prochaine étape est « $t(dayRun.drugStep.{{expected}}) ».',
  'drugs-still-running': 'La visite peut se terminer quand chaque médicament est arrêté (ou a été marqué non donné).',
  'entry-needs-visit': 'Cette entrée appartient à une visite : ouvrez-la depuis la visite.',
  'entry-signed': 'Cette entrée est signée et ne peut plus changer : ajoutez plutôt une correction avec un motif.',
  'entry-superseded': 'Une version plus récente de cette entrée existe : corrigez la version actuelle.',
  'event-in-signed-reaction': 'Cet événement appartient à une réaction signée : corrigez plutôt la réaction.',
  'expiry-before-consent': 'L’échéance précède la date du consentement.',
  'field-not-overridable': 'Un centre ne peut pas modifier cette valeur dans cette fiche.',
  'handout-input-refused': 'Cette feuille ne peut pas être préparée avec ces renseignements : vérifiez-les.',
  'hold-at-chair-window':
    'Une dose peut être retenue au fauteuil après l’arrivée et avant qu’un médicament soit commencé.',
  'hold-reason-required': 'Indiquez pourquoi la dose est retenue.',
  'identifier-mismatch':
    'ARRÊT : ceci ne correspond pas au dossier du patient. N’administrez rien : vérifiez le bracelet et le dossier avec une collègue.',
  'initials-taken': 'Déjà utilisées par un autre compte.',
  'kind-charted-elsewhere': 'Cette entrée se rédige seulement depuis les écrans au fauteuil.',
  'keystore-not-secure':
    'Cet ordinateur n’offre pas de coffre de clés protégé : le mot de passe de la base et la clé du centre ne peuvent pas y être enregistrés. Le service informatique définit CHAIRSIDE_DB, CHAIRSIDE_DB_PASSWORD et CHAIRSIDE_CENTER_KEY pour ce poste.',
  'lab-result-not-found': 'Ce résultat de laboratoire n’existe plus : rechargez la liste.',
  'lab-result-voided': 'Ce résultat est déjà annulé.',
  'last-admin': 'C’est le dernier compte administrateur actif : activez-en d’abord un autre.',
  'leaving-early-reason': 'L’observation dure jusqu’à {{time}} : indiquez pourquoi le patient part plus tôt.',
  'library-record-not-found': 'Cette fiche de la bibliothèque n’existe plus : rechargez la bibliothèque.',
  'max-doses-required': 'Ce protocole se poursuit jusqu’à progression : indiquez le nombre de doses à planifier.',
  'measure-required': 'Saisissez la valeur, ou effacez sa date.',
  'measured-on-required': 'Saisissez la date de la mesure.',
  'mrn-taken': 'Un autre patient a déjà ce n° de dossier.',
  'must-change-secret':
    'Choisissez d’abord votre propre mot de passe ou NIP : celui que vous avez utilisé a été fixé par quelqu’un d’autre.',
  'no-day-with-room': 'Aucun jour permis près du {{date}} n’a de place.',
  'no-hold-to-release': 'Cette dose est prête à être donnée : il n’y a pas de retenue à lever.',
  'no-nurse-on-shift': 'Aucune infirmière n’est en poste pendant toute cette période.',
  'no-rechallenge':
    'Pas de réexposition après une réaction de grade 3 ou 4 : la monographie dit d’arrêter définitivement.',
  'no-show-in-future': 'Un rendez-vous futur ne peut pas être marqué absent : annulez-le plutôt.',
  'not-given-reason': 'Indiquez pourquoi le médicament n’est pas donné.',
  'not-holdable': 'Seul un rendez-vous prévu ou arrivé peut être retenu.',
  'not-movable': 'Seul un rendez-vous prévu ou arrivé peut être déplacé.',
  'not-on-hold': 'Ce plan n’est pas suspendu.',
  'not-pharmacist': 'Seul un pharmacien valide ou refuse une prescription.',
  'not-plan-decider':
    'Seul un prescripteur, ou une infirmière qui consigne la décision d’un prescripteur, peut faire ceci.',
  'not-prescriber':
    'Seul un prescripteur signe une prescription ici. Saisissez une prescription écrite ou téléphonique comme prescription externe.',
  'not-ready-to-treat':
    'Pas prêt à traiter : retenir pour le prescripteur. Rien n’est commencé avant qu’un prescripteur lève la retenue.',
  'not-transcriber': 'Seule une infirmière ou une infirmière-chef saisit une prescription externe.',
  'nothing-to-tighten': 'Cette journée n’a rien à resserrer.',
  'nurse-not-found': 'Cette infirmière n’existe plus : rechargez la liste.',
  'nurse-unknown': 'Cette infirmière n’existe pas.',
  'open-administration-first': 'Ouvrez d’abord la feuille d’administration de {{drug}}.',
  'order-not-awaiting': 'Cette prescription n’attend plus de validation : rechargez le plan.',
  'order-not-found': 'Cette prescription n’existe plus : rechargez le plan.',
  'order-not-released': 'Cette dose n’a pas encore de prescription validée : rien n’est commencé avant la validation.',
  'order-overlap': 'Une autre prescription couvre déjà certaines de ces doses : remplacez-la en donnant un motif.',
  'ordered-by-required': 'Nommez le prescripteur qui a pris cette décision.',
  'outside-hours': 'En dehors des heures d’ouverture ({{open}}–{{close}}).',
  'override-not-found': 'Cette valeur du centre n’existe plus : rechargez la bibliothèque.',
  'override-value-refused': 'Cette valeur ne peut pas être utilisée ici : comparez-la à la monographie.',
  'own-order': 'Vous avez signé ou saisi cette prescription : un autre pharmacien doit la valider.',
  'patient-busy': 'Le patient a déjà un rendez-vous pendant une partie de cette période. Choisissez une autre heure.',
  'patient-changed':
    'Ce patient a été modifié ailleurs depuis que vous l’avez ouvert. Rechargez pour voir la modification.',
  'patient-not-found': 'Ce patient n’existe plus : rechargez la liste.',
  'pharmacist-verifies-drug': 'Seul un pharmacien valide un médicament pour le fauteuil.',
  'pin-sign-in-off':
    'Un NIP déverrouille seulement votre propre session verrouillée. Connectez-vous avec votre mot de passe (le centre peut permettre la connexion par NIP dans Paramètres).',
  'plan-ended': 'Ce plan est terminé.',
  'plan-not-active':
    'Ce plan est « $t(schedule.plans.planStatus.{{planStatus}}) » : seul un plan actif peut être réservé.',
  'plan-not-found': 'Ce plan de traitement n’existe plus : rechargez le patient.',
  'plan-other-patient': 'Ce plan n’est pas un plan de ce patient.',
  'prescriber-signs': 'En tant que prescripteur, signez vous-même la prescription.',
  'print-failed': 'La feuille ne s’est pas imprimée. Vérifiez l’imprimante et réessayez.',
  'printing-unavailable': 'L’impression n’est pas offerte dans cette fenêtre de Chairside.',
  'product-not-found': 'Ce produit CAR T n’est pas dans la bibliothèque.',
  'product-not-in-library': 'Ce produit CAR T n’est pas dans la bibliothèque clinique.',
  'rate-not-number': 'Le débit sur la feuille d’administration n’est pas un nombre : corrigez-le d’abord.',
  'rate-required': 'Indiquez le nouveau débit en mL/h.',
  'reaction-draft': 'Une réaction est encore un brouillon : signez-la avant le départ du patient.',
  'reaction-other-drug': 'Ce n’est pas une réaction à ce médicament pendant cette visite.',
  'reaction-signed': 'Cette réaction est signée : ses événements de perfusion ne peuvent plus changer.',
  'recovery-key-stored':
    'La clé de récupération a déjà été conservée par un administrateur : elle n’est plus affichée.',
  'regimen-not-found': 'Ce protocole n’est pas dans la bibliothèque.',
  'regimen-not-in-library': 'Ce protocole n’est pas dans la bibliothèque clinique.',
  'regimen-order':
    '{{first}} est donné en premier ce jour-là (ordre du protocole) : arrêtez-le avant de commencer {{drug}}.',
  'replaces-unknown': 'La prescription à remplacer n’est plus en vigueur : rechargez le plan.',
  'request-reused': 'Cette modification a déjà été envoyée une fois : rechargez et réessayez.',
  'request-too-large': 'Cette demande est trop volumineuse : envoyez-en moins à la fois.',
  'restart-order-required': 'Indiquez de qui vient l’ordre du débit de reprise (p. ex. le prescripteur).',
  'restart-rate-required': 'Indiquez le débit de reprise : le débit d’avant n’est pas connu.',
  'same-nurse': 'La deuxième vérification doit être faite par une autre infirmière.',
  'same-secret': 'Choisissez un mot de passe ou NIP différent de l’actuel.',
  'second-nurse-required':
    'Cette entrée demande une vérification indépendante par une deuxième infirmière avant d’être signée.',
  'session-locked': 'Chairside est verrouillé. Reconnectez-vous pour continuer.',
  'sign-administration-first': 'Signez la feuille d’administration de {{drug}} avant le départ du patient.',
  'sign-in-as-manager': 'Connectez-vous d’abord avec un compte d’infirmière-chef ou d’administrateur.',
  'sign-in-required': 'Connectez-vous d’abord avec votre propre compte.',
  'sign-in-to-print':
    'Connectez-vous pour imprimer ou enregistrer une feuille : elle est consignée au dossier comme enseignement donné.',
  'start-before-assessment': 'L’évaluation a été signée à {{time}} : un début ne peut pas être plus tôt.',
  'start-before-previous-stop': '{{first}} s’est arrêté à {{time}} : {{drug}} ne peut pas commencer plus tôt.',
  'start-in-past': 'La date de début est passée. Vérifiez-la, ou confirmez que ce plan est déjà en cours.',
  'status-follows-chart':
    'Une visite ne peut pas passer de « $t(schedule.status.{{from}}) » à « $t(schedule.status.{{to}}) » ici : à partir du fauteuil, le statut suit le dossier.',
  'stop-early-reason': 'Indiquez pourquoi le médicament a été arrêté plus tôt.',
  'time-before-previous': '{{time}} précède l’événement précédent de ce médicament, à {{previous}}.',
  'time-in-future': '{{time}} est plus tard que maintenant ({{now}}) : inscrivez une heure passée.',
  'tighten-past-day': 'Seule une journée à venir peut être resserrée, pas aujourd’hui ni un jour passé.',
  'verification-expired':
    'La vérification de la deuxième infirmière est expirée ou déjà utilisée : vérifiez de nouveau.',
  'verification-mismatch':
    'Cette vérification a été donnée pour une autre action ou une autre infirmière : vérifiez de nouveau.',
  'visit-later-day': 'Une visite d’un jour à venir ne peut pas encore commencer.',
  'visit-longer-than-day':
    'L’évaluation préalable et l’observation ensemble ({{minutes}} min) doivent être plus courtes que la plus courte journée d’ouverture ({{shortest}} min).',
  'visit-not-today':
    'Cette visite n’est pas aujourd’hui : les heures de perfusion se documentent le jour de la visite.',
  'visit-started': 'Cette visite est déjà commencée : changez plutôt son statut.',
  'void-latest-only': 'Seul le dernier événement du médicament peut être annulé.',
  'void-reason-required': 'Indiquez pourquoi l’événement est annulé.',
  'weight-changed':
    'Cette dose est calculée selon le poids, et le poids s’écarte de celui du plan ({{kg, number}} kg) de plus de {{percent}} % : le prescripteur revoit la dose.',
  'weight-too-old_one':
    'Cette dose est calculée selon le poids, et il n’y a aucun poids depuis {{count}} jour : pesez le patient et inscrivez-le dans l’évaluation.',
  'weight-too-old_other':
    'Cette dose est calculée selon le poids, et il n’y a aucun poids depuis {{count}} jours : pesez le patient et inscrivez-le dans l’évaluation.',
  'wrong-secret': 'Les initiales, ou le mot de passe ou NIP, sont erronés.',
  'car-t-setting-missing':
    'Rien n’a été réservé : il manque un réglage au protocole CAR T du centre pour {{product}} (Paramètres › Protocole CAR T).',
  'car-t-product-not-found': 'Ce produit CAR T n’est pas dans la bibliothèque.',
  'injection-seat-sc-only':
    'Seule une visite sous-cutanée va dans un lieu d’injection : choisissez un fauteuil de perfusion.',
  'injection-seat-unknown_one': '{{place}} reçoit {{count}} patient à la fois : choisissez sa place.',
  'injection-seat-unknown_other': '{{place}} reçoit {{count}} patients à la fois : choisissez une de ses places.',
  'sc-visit-needs-seat': 'Une visite sous-cutanée va dans un lieu d’injection, pas sur un fauteuil de perfusion.',
  'injection-name-taken': 'Un autre lieu d’injection ou un fauteuil porte déjà ce nom.',
  'injection-capacity-in-use_one': 'Un rendez-vous perdrait sa place : déplacez-le d’abord, ou gardez la capacité.',
  'injection-capacity-in-use_other':
    '{{count}} rendez-vous perdraient leur place : déplacez-les d’abord, ou gardez la capacité.',
  'injection-place-not-found': 'Ce lieu d’injection est introuvable : rechargez la page.',
  'no-injection-place':
    'Rien n’a été réservé : ce plan donne un produit sous-cutané et le centre n’a aucun lieu d’injection en service. Ajoutez-en un dans Paramètres › Fauteuils et lits.',
  'ready-limit-unknown': 'La bibliothèque n’a pas de limite « prêt à traiter » nommée {{limit}}.',
  // The nurse board's own words for its refusals, said the same way wherever they reach a screen.
  ...nurseBoardFr.refusal,
  ...labRefusalFr,
};
