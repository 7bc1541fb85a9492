import type { NurseBoardMessages } from './messages-board.en';

export const nurseBoardFr: NurseBoardMessages = {
  link: 'Répartition des infirmières',
  title: 'Répartition des infirmières',
  proposed:
    'Répartition proposée, pas encore enregistrée : elle répartit les premières doses, les CAR T, les réactions antérieures et les visites longues.',
  savedAt: 'Enregistrée à {{time}} par {{by}}.',
  savedAtNoName: 'Enregistrée à {{time}}.',
  unsaved_one: '{{count}} changement non enregistré.',
  unsaved_other: '{{count}} changements non enregistrés.',
  save: 'Enregistrer la répartition',
  useProposal: 'Repartir de la proposition',
  saved: 'Répartition enregistrée.',
  readOnly: 'Seule une infirmière responsable modifie la répartition.',
  empty: 'Aucune visite ce jour-là.',
  noNurses: 'Aucune infirmière en poste ce jour-là : saisissez les horaires dans les Paramètres.',
  unassigned: 'Non attribué',
  offShift: 'Avec une infirmière qui n’est pas en poste aujourd’hui : attribuez-la à une infirmière en poste.',
  shift: 'Poste {{start}}–{{end}}',
  load_one: '{{count}} patient · {{points}} points',
  load_other: '{{count}} patients · {{points}} points',
  limits:
    'Au plus {{patients}} patients à la fois et {{starts}} début par infirmière par créneau (paramètres du centre).',
  assignTo: 'Attribuer {{patient}} ({{time}}) à',
  proposal: 'Proposé : {{nurse}}',
  reason: {
    'first-dose': 'Première dose',
    'car-t': 'CAR T',
    'reaction-history': 'Réaction antérieure',
    'long-visit': 'Visite longue',
  },
  refusal: {
    'nurse-not-on-shift': '{{nurse}} n’est pas en poste pendant toute la visite de {{time}}.',
    'nurse-over-ratio':
      '{{nurse}} aurait vers {{time}} plus de patients à la fois que les {{limit}} autorisés par le centre.',
    'nurse-starts-together':
      '{{nurse}} commencerait à {{time}} plus de patients que les {{limit}} par créneau autorisés par le centre.',
    'visit-not-on-day': 'Une visite du tableau n’est plus ce jour-là : rechargez.',
  },
};
