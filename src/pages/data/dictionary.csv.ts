import type { APIRoute } from 'astro';
import { dictionaryCsv } from '../../downloads/dictionary.ts';

export const GET: APIRoute = () => new Response(dictionaryCsv());
