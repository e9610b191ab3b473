import { z } from 'zod';

// Validation messages reach office staff: Bahasa Indonesia, the product's first language.
z.config(z.locales.id());
