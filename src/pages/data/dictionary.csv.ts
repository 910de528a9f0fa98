import type { APIRoute } from 'astro';
import { dictionaryCsv } from '../../publish/downloads/dictionary.ts';

export const GET: APIRoute = () => new Response(dictionaryCsv());
