import type { APIRoute } from 'astro';
import { symbolsCsv } from '../../downloads/symbols-csv.ts';

export const GET: APIRoute = () => new Response(symbolsCsv());
