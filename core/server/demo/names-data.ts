/** Name pools for the synthetic district. Entries are '|'-separated; an entry may hold several words. */
const list = (text: string): string[] => text.split('|');

export type NameGroup = 'jawa' | 'sunda' | 'batak' | 'minang' | 'bugis' | 'bali' | 'aceh' | 'islami' | 'kristen';

export interface NameStyle {
  male: string[];
  female: string[];
  /** Optional second element (Javanese "Riyadi", Sundanese "Suryana"), added at `secondRate`. */
  maleSecond: string[];
  femaleSecond: string[];
  secondRate: number;
  /** Family name passed from father to children (Batak marga, eastern Christian surnames). */
  familyNames: string[];
  muslim: boolean;
}

const ISLAMI_MALE = list(
  "Muhammad Rizki|Abdul Rahman|Ahmad Fauzi|Muhammad Ali|Abdullah|Hasan Basri|Ma'ruf|Nu'man|Syafi'i|Imam Syafi'i|Abdul Ghani|Ahmad Muzakki|Mas'ud|Moh. Hasan|Muhammad Yusuf|Ahmad Dahlan|Abdul Karim|Ismail|Ibrahim|Zainal Arifin|Muhammad Ikhsan|Ahmad Syarifuddin|Abdul Aziz|Ali Imron|Sa'dullah|Husein|Khoirul Anam|Nur Hidayat|Mustofa|Rohmat|Ahmad Jazuli|Muhammad Nasir|Abdul Wahid|Syamsul Ma'arif",
);
const ISLAMI_FEMALE = list(
  "Siti Nurhaliza|Siti Aisyah|Mu'awanah|Ni'mah|Nur Aini|Fatimah Azzahra|Khadijah|Umi Kulsum|Zainab|Rofi'ah|Istiqomah|Mu'minah|Sa'adah|Ruqayyah|Siti Khotijah|Nur Hasanah|Siti Maryam|Aminah|Halimah|Siti Rohmah|Nurul Hidayah|Ummi Habibah|Siti Zulaikha|Faridah|Rohimah|Ni'matul Khoiriyah|Latifah|Mas'amah",
);

export const NAME_STYLES: Record<NameGroup, NameStyle> = {
  jawa: {
    male: list(
      'Sutrisno|Slamet|Sugeng|Suparman|Warsito|Tukiman|Darmaji|Paijo|Kasmadi|Sarmin|Wagiman|Suyatno|Sumardi|Bambang|Joko|Agus|Budi|Eko|Heru|Wahyudi|Sukirman|Parno|Karyono|Tarmuji|Sugiyanto|Rusdi|Kusnadi|Sunarto|Mulyono|Teguh|Waluyo|Supriyadi|Daryanto|Sukardi|Ngadimin|Prapto|Dwi|Tri|Rasimin|Tarjo',
    ),
    female: list(
      'Sukarni|Sri|Suminah|Tuminah|Wartini|Siti Aminah|Endang|Rini|Dwi|Tri|Ngatini|Painem|Sulastri|Kartini|Wahyuningsih|Suwarni|Sumiyati|Tarsih|Warsiti|Kasmirah|Darsih|Rasminah|Sukinah|Suparti|Tumini|Karsini|Parmi|Sri Mulyani|Yuli|Puji|Murni|Tasripah|Casmini|Sunarsih',
    ),
    maleSecond: list('Riyadi|Santoso|Susilo|Purnomo|Wibowo|Setiawan|Prasetyo|Hartono|Widodo|Nugroho|Sutejo|Raharjo|Saputro|Kuncoro|Haryanto|Sulistyo'),
    femaleSecond: list('Wahyuni|Lestari|Rahayu|Handayani|Wulandari|Astuti|Ningsih|Susanti|Purwanti|Rahmawati|Mulyani|Utami|Suryani|Widayati'),
    secondRate: 0.4,
    familyNames: [],
    muslim: true,
  },
  sunda: {
    male: list('Asep|Cecep|Ujang|Dadang|Deden|Ade|Encep|Jajang|Yayan|Dede|Iwan|Ayi|Engkos|Oman|Aep|Dudung|Entis|Nandang|Ujang Sunarya|Agus|Mamat|Udin|Emud|Jaja'),
    female: list('Euis|Enung|Iis|Neneng|Imas|Cucu|Enok|Yeti|Elis|Entin|Lilis|Nining|Tati|Eti|Dedeh|Popon|Enah|Onih|Titin|Yoyoh|Enden|Aas'),
    maleSecond: list('Suryana|Sumarna|Hidayat|Kurniawan|Permana|Rukmana|Saputra|Mulyana|Sopandi|Supriatna|Ruhiyat|Gunawan'),
    femaleSecond: list('Nurhayati|Rohaeti|Komalasari|Maryati|Sukaesih|Rosmiati|Kurniasih|Rahmawati|Hasanah|Juariah|Suhaeti'),
    secondRate: 0.5,
    familyNames: [],
    muslim: true,
  },
  batak: {
    male: list('Togar|Sahat|Parulian|Tumpal|Binsar|Horas|Maruli|Poltak|Hotman|Jonggi|Bonar|Lamhot|Darwin|Rudolf|Ahmad|Syahrial|Marihot|Ganda|Jhonson|Robert|Martua|Mangapul'),
    female: list('Rosmawati|Tiurma|Romauli|Lamria|Rugun|Sondang|Mariani|Nurhayati|Rosdiana|Tiomina|Lasmaria|Erna|Rosita|Dormauli|Masniari|Hotmauli|Nurlela|Rotua'),
    maleSecond: [],
    femaleSecond: [],
    secondRate: 0,
    familyNames: list(
      'Siregar|Nasution|Simanjuntak|Sitompul|Hutapea|Harahap|Lubis|Pardede|Sinaga|Situmorang|Simatupang|Tambunan|Panjaitan|Hutagalung|Manurung|Sihombing|Silalahi|Pohan|Daulay|Batubara|Ginting|Tarigan|Sembiring|Purba|Saragih|Damanik|Hasibuan|Napitupulu|Sitorus|Marpaung',
    ),
    muslim: false,
  },
  minang: {
    male: list('Afrizal|Yusrizal|Zulkifli|Syafrizal|Hendri|Rusli|Nasrul|Masrul|Jasman|Ilyas|Buyung|Zulfahmi|Nofrizal|Erizal|Mardanis|Yunaldi|Asrul|Deswandi|Edwar|Firdaus'),
    female: list('Yusnidar|Nurhayati|Rosmaniar|Yeni|Fitri|Desmawati|Elfi|Rahmi|Syafrida|Yusniati|Nurbaiti|Ernawati|Yulinar|Asmaniar|Rosnidar|Syamsidar|Lisnawati|Zuraida'),
    maleSecond: list('Chaniago|Piliang|Tanjung|Koto|Sikumbang|Jambak|Guci|Malin Kayo|Sutan Mudo|Datuak Rajo'),
    femaleSecond: list('Ernita|Yusnani|Wati|Marlina|Susanti'),
    secondRate: 0.3,
    familyNames: [],
    muslim: true,
  },
  bugis: {
    male: list('Sudirman|Syamsuddin|Haeruddin|Nurdin|Hasanuddin|Amiruddin|Muh. Ilham|Rahmat|Baso|Muhammad Arsyad|Abdul Rasyid|Jumadi|Sahabuddin|Mappiare|Lukman|Saharuddin|Mustari|Tajuddin|Ambo Dalle|Muhammad Said'),
    female: list('Hasnah|Nurhayati|Sitti Aisyah|Rosmiati|Nurlela|Haslinda|Hasmawati|Sumarni|Irmawati|Besse|Tenri|Sitti Hawa|Nurbaya|Syamsiah|Hadijah|Rahmatia|Murniati|Hasniati|Marwah|Sitti Rahma'),
    maleSecond: list('Daeng Ngalle|Daeng Sikki|Rahman|Hamid|Latif|Kadir|Bakri'),
    femaleSecond: list('Daeng Caya|Daeng Ngai|Hamsah|Sari'),
    secondRate: 0.2,
    familyNames: [],
    muslim: true,
  },
  bali: {
    male: list('Sudarsana|Suarjana|Mertayasa|Artawan|Budiarta|Widiasa|Adnyana|Sukadana|Suparta|Wirawan|Darmawan|Sudiarsa|Arsana|Suweta|Ardana|Sumerta|Gunawan|Parwata|Sukarta|Wisnawa'),
    female: list('Sriani|Suartini|Widiastuti|Ariani|Sukarmini|Wartini|Sudiani|Puspawati|Sutarmi|Ariasih|Suryani|Sukerti|Rasmini|Merthi|Sariani|Astiti|Darmini|Wahyuni|Suarni|Rai Kartini'),
    maleSecond: [],
    femaleSecond: [],
    secondRate: 0,
    familyNames: [],
    muslim: false,
  },
  aceh: {
    male: list('Zulfikar|Muzakir|Fadli|Mukhlis|Zulkarnaini|Irwandi|Husaini|Nurdin|Armia|Ridwan|Teuku Muhammad|Bukhari|Mahdi|Ismuhadi|Syahrul|Fauzan|Saiful Bahri|Khairul|Marzuki|Tarmizi|Iskandar|Munawar'),
    female: list('Nurhayati|Rosmiati|Fatimah|Maryam|Rahmah|Nurmala|Zahara|Safrida|Mardhiah|Ainul Mardhiah|Rahmawati|Cut Nurul|Cut Nyak Dhien|Nurlaila|Salmiah|Zuraida|Hafsah|Nurjannah|Syarifah|Rosnidar'),
    maleSecond: list('Abdullah|Yusuf|Ibrahim|Daud|Husen|Hasballah'),
    femaleSecond: list('Binti Ali|Hanum|Yani'),
    secondRate: 0.25,
    familyNames: [],
    muslim: true,
  },
  islami: {
    male: ISLAMI_MALE,
    female: ISLAMI_FEMALE,
    maleSecond: list('Hidayat|Rahman|Fauzi|Hakim|Syahputra|Maulana|Ramadhan|Kurniawan'),
    femaleSecond: list('Rahmawati|Hidayati|Fitriani|Sholihah|Mufidah|Azizah'),
    secondRate: 0.2,
    familyNames: [],
    muslim: true,
  },
  kristen: {
    male: list('Yohanes|Yosef|Petrus|Paulus|Markus|Stefanus|Fransiskus Xaverius|Agustinus|Daniel|Yakobus|Andreas|Kornelius|Matius|Lukas|Yulius|Frans|Simon Petrus|Benediktus|Aloysius|Yonas|Melkianus|Semuel'),
    female: list('Maria Magdalena|Maria Goreti|Theresia|Yuliana|Agustina|Elisabeth|Margaretha|Kristina|Veronika|Anastasia|Martha|Yosefina|Fransiska|Katarina|Maria|Yohana|Naomi|Debora|Sarlota|Regina'),
    maleSecond: [],
    femaleSecond: [],
    secondRate: 0,
    familyNames: list(
      "Pandie|Lado|Ndoen|Bunga|Wowor|Tumbelaka|Lumowa|Mandagi|Pangemanan|Sumampouw|Rumondor|Pello|Fanggidae|Manafe|Ratu|Djawa|Lobo|Kewa|Matulessy|Pattiasina|Tuhumury|Sahetapy|Leiwakabessy|Rumbiak|Mandowen|Krey|Wenda|Kogoya|Da Costa|Nggadas|D'Souza",
    ),
    muslim: false,
  },
};

/** Names given since the late 1990s across the Muslim-majority regions. */
export const MODERN_MALE = list(
  'Muhammad Rizki|Aditya Pratama|Rizky Ramadhan|Fajar Nugroho|Dimas Saputra|Bayu Aji|Galang|Rafi Ahmad|Alif|Fikri Haikal|Naufal|Farhan|Akbar Maulana|Reza|Ilham|Yoga Pratama|Daffa|Arkan|Zidan|Raka|Muhammad Al Fatih|Rangga|Ahmad Zaki|Kevin|Bagas',
);
export const MODERN_FEMALE = list(
  "Nabila Putri|Anisa Rahmawati|Ayu Lestari|Dinda Ayu|Salsabila|Aulia Rahma|Putri Ramadhani|Zahra|Keysha|Aisyah|Naila|Syifa|Nur Azizah|Amelia|Intan Permata Sari|Citra|Rahma Dwi Lestari|Alya|Nayla Qur'ani|Khansa|Adinda|Della|Sabrina|Nadia",
);

/** Balinese birth-order names for the first to fourth child, then the cycle repeats. */
export const BALI_ORDER = [list('Wayan|Putu|Gede'), list('Made|Kadek|Nengah'), list('Nyoman|Komang'), list('Ketut')];
