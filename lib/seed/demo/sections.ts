import type { DemoSection } from './types.ts';

export const demoSections: DemoSection[] = [
  {
    slug: 'news',
    name: 'News',
    description: 'Daily reporting from Port Aldine and the towns and villages of the Aldine Coast.',
  },
  {
    slug: 'politics',
    name: 'Politics',
    description: 'City hall, the regional authority and the people who want to run them, covered without the spin.',
  },
  {
    slug: 'business',
    name: 'Business',
    description: 'The harbour, the high street and the firms, workers and households that make the local economy turn.',
  },
  {
    slug: 'climate',
    name: 'Climate',
    description: 'How a coastal region is adapting to rising seas, heavier rain and the move away from fossil fuels.',
  },
  {
    slug: 'science',
    name: 'Science',
    description: 'Research from the region’s laboratories, hospitals and field stations, explained clearly and checked carefully.',
  },
  {
    slug: 'culture',
    name: 'Culture',
    description: 'Music, theatre, books and the venues that keep them going, with reviews you can trust.',
  },
  {
    slug: 'sport',
    name: 'Sport',
    description: 'Football, rowing, cycling and grassroots sport from Quayside Park to the harbour wall.',
  },
];
