"""Given names that show a person's gender, for the pronoun resolver ("she" skips "Donald Trump").

Source: the English first-name lists of the Faker package, version 40.40.0 (MIT licence),
``faker/providers/person/en`` and ``faker/providers/person/en_US``; the en_US lists are the top 200
names of each decade 1960s-1990s from the US Social Security Administration's baby-name pages
(weights by count); the en lists state no source. A name in both the female and the male list is
listed apart (a given name of unknown gender) unless the en_US weights give one sex five times the other. Built once
by hand from the installed wheel; nothing is read or downloaded at run time.
"""

FEMALE_NAMES: frozenset[str] = frozenset(
    """
Aaliyah Abagail Abbey Abbie Abbigail Abby Abigail Abigale Abigayle Abril Achsah Ada Adah Adaline Adalyn Adalynn
Adamaris Adda Addie Addison Addisyn Addyson Adel Adela Adelaide Adele Adelia Adelina Adeline Adell Adella Adelle
Adelyn Adelynn Adilene Adina Adison Adline Adria Adriana Adriane Adrianna Adrianne Adriene Adrienne Adyson Affie
Afton Agatha Aggie Agnes Agness Agusta Aida Aileen Ailene Aili Aimee Ainsley Aisha Aiyana Aiyanna Aja Akeelah Akira
Ala Alabama Alaina Alana Alani Alanna Alannah Alaya Alayna Alba Alberta Albertha Albertina Albertine Albina Alcie
Alda Aldona Aleah Alease Alecia Aleen Aleena Alejandra Alena Alene Alesha Alesia Alessandra Aleta Aletha Alethea
Alexa Alexandr Alexandra Alexandrea Alexandria Alexia Alexina Alexis Alexus Alexys Alfreda Alia Aliana Alice Alicia
Alida Alina Aline Alisa Alisha Alison Alissa Alisson Alivia Aliya Aliyah Aliza Alize Alla Allean Alleen Allena
Allene Allie Alline Allison Allisson Ally Allyson Allyssa Alma Almeda Almedia Almeta Almina Almira Almyra Aloma
Alondra Alpha Alphonsine Alta Altha Althea Altie Alvena Alvera Alverda Alverta Alvina Alvira Alwilda Alwina Alwine
Alyce Alycia Alys Alysa Alyse Alysha Alysia Alyson Alyssa Alyssia Alyvia Alzina Ama Amalia Amalie Amanda Amani Amara
Amaris Amaya Amber Amberly Amelia Amelie America Amey Ami Amiah Amie Amina Amira Amirah Amiya Amiyah Amma Ammie
Amparo Amy Amya Ana Anabel Anabella Anabelle Anahi Anais Analia Anastacia Anastasia Anaya Andrea Andria Angela
Angele Angeles Angelia Angelic Angelica Angelina Angeline Angelique Angelita Angella Angie Anice Anie Anika Anissa
Anita Anitra Aniya Aniyah Anjali Anjanette Anjelica Ann Anna Annabel Annabell Annabella Annabelle Annalise Annamae
Annamarie Anne Anneliese Annemarie Anner Annetta Annette Annice Annie Annika Annis Annmarie Anona Ansley Antionette
Antoinette Antonetta Antonette Antonia Antonina Anya April Ara Arabella Araceli Aracely Arah Araminta Ardath Ardelia
Ardella Ardelle Ardeth Ardis Ardith Ardyce Areli Arely Aretha Argie Aria Ariana Ariane Arianna Arie Ariel Ariella
Arielle Arietta Arizona Arkie Arla Arleen Arlena Arlene Arleth Arletta Arline Arly Arlyne Armida Arminda Arminta
Arnetta Arra Arrie Arta Artelia Arvilla Aryana Aryanna Asha Ashanti Ashely Ashlea Ashlee Ashleigh Ashley Ashli
Ashlie Ashly Ashlyn Ashlynn Ashtyn Asia Ason Aspen Assunta Astrid Athena Attie Aubree Aubrie Audra Audrey Audriana
Audrianna Audrina Audry Augusta Augustina Aura Aurelia Aurilla Aurora Aurore Autumn Ava Avah Averi Averie Avie Avis
Ayana Ayanna Ayesha Ayla Ayleen Aylin Azalee Azaria Azariah Azul Azzie Babette Baby Bailee Bailey Bama Bambi Barb
Barbara Barbie Barbra Baylee Baylie Bea Beadie Beatrice Beatrix Beatriz Beaulah Bebe Beckie Becky Beda Bee Belen
Belia Belinda Bella Belle Belva Bena Benita Berdie Berenice Bernadette Bernadine Bernardine Berneice Bernetta
Bernice Berniece Bernita Berta Bertha Bertina Bess Besse Bessie Beth Betha Bethann Bethany Bethzy Betsey Betsy Bette
Bettie Bettina Betty Bettye Bettyjane Bettylou Beula Beulah Bev Beverlee Beverley Beverly Beyonce Bianca Biddie
Billye Bina Birdella Birdie Birtha Birtie Blanca Blanch Blanche Blanchie Blossom Bobbi Bobbye Bonita Bonnie Bonny
Braelyn Brande Brandee Brandi Brandie Brandy Brea Breana Breann Breanna Breanne Bree Brenda Brenna Breonna Bria
Briana Brianda Brianna Brianne Bridget Bridgett Bridgette Brielle Brigette Brigid Brigitte Briley Brinda Brinley
Brionna Brisa Bristol Britany Britney Britni Britny Britta Brittaney Brittani Brittanie Brittany Brittnay Brittnee
Brittney Brittni Brittnie Brittny Brooke Brooklyn Brooklynn Bryana Bryanna Brylee Bryn Brynlee Brynn Buelah Buena
Buffy Bula Bulah Buna Byrdie Caddie Cadence Cailyn Caitlin Caitlyn Caitlynn Caldonia Caleigh Cali Calista Calla
Calleigh Cambria Cami Camila Camilla Camille Camisha Cammie Candace Candi Candice Candida Candis Candy Candyce
Cannie Capitola Cappie Caprice Cara Caren Cari Carie Carin Carina Carisa Carissa Carla Carlee Carleen Carleigh
Carlene Carley Carli Carlota Carlotta Carly Carlyn Carma Carmela Carmelita Carmella Carmen Caro Carol Carolann
Carole Carolee Carolina Caroline Carolyn Carolyne Carolynn Caron Carra Carri Carrie Carry Caryl Caryn Casandra Casie
Cassandra Cassidy Cassie Cassondra Catalina Catharine Catherine Cathern Cathey Cathi Cathie Cathleen Cathrine
Cathryn Cathy Catina Catrina Caydence Cayla Caylee Cecelia Cecile Cecilia Cecily Ceil Celena Celesta Celeste
Celestia Celestine Celia Celie Celina Celine Cena Ceola Chaka Chana Chanda Chandra Chanel Chanelle Chaney Chanie
Channie Chantal Chante Chantel Chantelle Charissa Charisse Charity Charla Charlee Charleen Charlene Charline
Charlize Charlotta Charlotte Charlottie Charlsie Charmaine Charolette Chasity Chastity Chaya Chelsea Chelsey Chelsi
Chelsie Chelsy Cher Cherelle Cheri Cherie Cherilyn Cherise Cherish Cherrelle Cherri Cherrie Cherry Cherryl Cheryl
Cheryle Cheryll Chessie Chestina Cheyanne Cheyenne Chimere China Chiquita Chloe Chloie Chrissie Chrissy Christa
Christal Christeen Christel Christen Christena Christene Christi Christiana Christie Christin Christina Christine
Christy Chrystal Chyna Chynna Ciara Ciarra Cicely Cielo Ciera Cierra Ciji Cilla Cinda Cindi Cindy Cinnamon Cinthia
Citlali Citlalli Claire Clara Clarabelle Claribel Clarice Clarinda Clarine Clarisa Clarissa Classie Claudette
Claudia Claudine Cleda Clella Clementina Clementine Clemie Clemma Cleola Cleone Cleora Cleta Cleva Clevie Cliffie
Cloe Clora Clotilda Clotilde Clyda Clydie Clytie Coleen Coletta Colette Colleen Collette Columbia Concepcion
Concetta Concha Connie Constance Consuela Consuelo Contina Cora Coraima Coral Coralie Corda Cordelia Cordella Cordia
Cordie Corean Corene Coretta Cori Corie Corina Corine Corinna Corinne Corliss Cornelia Cornie Corrie Corrina Corrine
Courtney Creola Cressie Crete Crissie Crissy Crista Cristal Cristen Cristi Cristin Cristina Cristine Cristy Crysta
Crystal Cuba Cydney Cyndi Cyntha Cynthia Dafne Dagmar Dagny Dahlia Daija Daijah Daisey Daisha Daisie Daisy Daisye
Daja Dalia Damaris Dana Danae Daneen Danelle Danette Dani Dania Danica Daniela Daniele Daniella Danielle Danika
Danita Danna Dannielle Danyel Danyell Danyelle Daphne Dara Darci Darcie Daria Dariana Darla Darleen Darlene Darline
Darlyne Dasia Davina Dawn Dawna Dawne Dayami Dayana Dayanara Dayle Dayna Dayse Deana Deandra Deann Deanna Deanne
Deasia Deb Debbi Debbie Debbra Debby Debera Debi Debora Deborah Deborrah Debra Debrah Debroah Dedra Dee Deeann
Deedee Deena Deetta Deidra Deidre Deirdre Deja Dejah Delaney Delcie Delfina Delia Deliah Delila Delilah Delina
Delinda Delisa Dellar Delle Dellia Dellie Delois Delora Delores Deloris Delpha Delphia Delphine Delsie Delta Dema
Demetra Demetria Demi Dena Deneen Denese Denice Denine Denise Denisha Denisse Denita Desirae Desiree Dessa Destany
Destinee Destiney Destini Destiny Deyanira Dezzie Diamond Dian Diana Diandra Diane Diann Dianna Dianne Dicie Dicy
Dillie Dimple Dina Dinah Dione Dionne Dixie Diya Djuana Djuna Docia Dola Dollie Dolly Dollye Dolores Doloris
Domenica Dominga Dominique Dominque Domonique Dona Donia Donie Donita Donna Dorathea Dorathy Dorcas Doreen Dorene
Doretha Doretta Dori Dorinda Dorine Doris Dorla Dorotha Dorothea Dorothy Dortha Dorthea Dorthey Dorthy Dosha Doshia
Doshie Dosia Dossie Dot Dottie Dotty Dove Dovie Drema Drucilla Drusilla Dulce Dulcie Dwan Dyan Earlean Earlene
Earline Earnestine Eartha Easter Eathel Ebba Eboni Ebony Echo Eda Edith Edla Edmonia Edna Ednah Edra Edrie Edris
Edwina Edyth Edythe Effa Eileen Eithel Ela Elaina Elaine Elana Elayne Elba Elberta Elda Eldora Eleanor Eleanora
Eleanore Elease Electa Elena Elenor Elenora Elenore Eleonora Eleonore Elfie Elfreda Elfrieda Elia Eliana Elianna
Elida Elinor Elinore Elisa Elisabeth Elise Elissa Eliza Elizabet Elizabeth Elizbeth Elizebeth Ella Ellamae Ellar
Elle Ellen Eller Elliana Ellie Ellyn Elma Elmina Elmira Elmire Elmyra Elna Elnora Elodie Elois Eloisa Eloise Elouise
Elsa Else Elsie Elta Elva Elvera Elvia Elvie Elvina Elvira Elwanda Elyse Elyssa Elzada Ema Emaline Ember Emelia
Emelie Emeline Emely Emerald Emilee Emilia Emilie Emily Emma Emmalee Emmaline Emmer Emmie Emmy Emogene Ena Enid
Enola Enriqueta Eola Eppie Epsie Era Erica Ericka Erika Erin Eris Erla Erlene Erlinda Erline Erma Ermina Ermine Erna
Ernestina Ernestine Erykah Eryn Esmeralda Esperanza Essa Essence Essie Esta Estefani Estefania Estefany Estela
Estell Estella Estelle Ester Esther Estie Estrella Etha Ethel Ethelene Ethelyn Ether Ethie Ethyl Ethyle Etna Etta
Etter Ettie Eudora Eugenia Eugenie Eula Eulah Eulalia Eulalie Euna Eunice Euphemia Eura Eva Evalena Evaline Evalyn
Evangelina Evangeline Eve Evelena Evelin Evelina Eveline Evelyn Evelyne Evelynn Ever Evette Evia Evie Evita Evon
Evonne Exa Exie Fabiola Fae Fairy Faith Fallon Falon Fannie Fanny Fannye Farah Farrah Fatima Fawn Fay Faye Felecia
Felice Felicia Felicie Felicitas Felicity Felipa Felisha Fern Fernanda Ferne Fidelia Filomena Fiona Flavia Fleda
Fleeta Fleta Flo Flonnie Flor Flora Florance Florence Florene Floretta Florida Florie Florine Florrie Flossie Fonda
Fran Franc Frances Francesca Francies Francina Francine Francisca Francisquita Freda Frederica Fredericka Freeda
Freida Frida Frieda Frona Fronia Fronie Fronnie Fumiko Gabriela Gabriella Gabrielle Gail Galilea Gaye Gayla Gaylene
Gaynell Gearldine Gemma Gena Genesis Geneva Genevieve Genevra Gennie Genoveva Georganna Georgeann Georgeanna
Georgene Georgetta Georgette Georgia Georgiana Georgiann Georgianna Georgina Georgine Geraldine Geralyn Gerda Geri
Gerri Gertha Gertie Gertrude Gia Giada Giana Gianna Gidget Gigi Gilda Gillian Gillie Gina Ginger Ginny Giovanna
Girtha Gisele Giselle Gisselle Giuliana Gladis Gladyce Gladys Glenda Glendora Glenna Glennie Glennis Glinda Gloria
Glynda Glynis Golda Goldia Goldie Grace Gracelyn Gracia Gracie Graciela Grayce Grecia Gregoria Greta Gretchen Gretta
Grisel Griselda Guadalupe Gunda Gusta Gustie Gwen Gwenda Gwendolyn Gwyn Gwyneth Hadassah Hailee Hailey Hailie
Haleigh Haley Hali Halie Halle Hana Hanna Hannah Harlene Harmony Harriet Harriett Harriette Haruko Hasel Hassie
Haylee Hayleigh Hayley Haylie Hazel Hazelle Hazle Heather Heaven Hedwig Hedy Heidi Heidy Helaine Helen Helena Helene
Helga Hellen Helma Helyn Hennie Henretta Henrietta Henriette Herlinda Herma Hermina Hermine Herminia Hertha Hessie
Hester Hettie Hetty Hilah Hilda Hildegard Hildegarde Hildred Hildur Hilma Holli Holly Honora Hortencia Hortense
Hortensia Hulda Huldah Ica Icey Icie Icy Idabelle Idamae Idell Idella Iesha Ieshia Ila Ilah Ilda Ilene Iliana Illa
Ilma Ilo Ilona Ima Imani Imelda Imo Imogene Ina India Indiana Inell Ines Inez Inga Ingeborg Inger Ingrid Iola Iona
Ione Ireland Irena Irene Iridian Irine Iris Irma Irva Isa Isabel Isabela Isabell Isabella Isabelle Isadora Isamar
Isis Isla Isobel Itzel Ivah Ivana Ivanna Ivette Ivie Ivonne Iyana Iyanna Iza Izabella Izabelle Izetta Izola Izora
Jacalyn Jacey Jackeline Jacki Jackie Jacklyn Jaclyn Jacque Jacquelin Jacqueline Jacquelyn Jacquline Jacqulyn Jada
Jade Jaeda Jaelyn Jaelynn Jaida Jailene Jailyn Jaimee Jakayla Jaleesa Jalisa Jalissa Jaliyah Jalyn Jalynn Jami Jamie
Jamila Jamiya Jamya Jana Janae Janay Jane Janeen Janel Janell Janelle Janene Janessa Janet Janette Janey Janiah
Janice Janie Janine Janis Janiya Janiyah Jann Janna Jannette Jannie January Janyce Jaquelin Jaqueline Jaslene Jaslyn
Jasmin Jasmine Jasmyn Jasmyne Jaunita Jaycee Jaycie Jayda Jayde Jaye Jayla Jaylah Jaylee Jayleen Jaylene Jaylyn
Jaylynn Jayne Jazlene Jazlyn Jazlynn Jazmin Jazmine Jazmyn Jazmyne Jean Jeana Jeane Jeanetta Jeanette Jeanie Jeanine
Jeanmarie Jeanna Jeanne Jeannette Jeannie Jeannine Jemima Jena Jenelle Jenifer Jenilee Jenna Jennette Jenni Jennie
Jennifer Jenniffer Jenny Jeraldine Jeri Jerica Jerilyn Jerilynn Jerri Jerrica Jerrie Jerrilyn Jerusha Jeryl Jesenia
Jesica Jessenia Jessi Jessica Jessika Jessye Jetta Jewel Jill Jillian Jimena Jinnie Jo Joan Joana Joanie Joann
Joanna Joanne Jocelyn Jocelyne Jocelynn Jodi Jodie Jody Joell Joella Joelle Joellen Joetta Joette Johana Johanna
Johannah Johnna Joi Joleen Jolene Jolette Jolie Joline Jonell Joni Jonna Jordin Joretta Jorja Josefa Josefina
Josefita Joselin Joseline Joselyn Josephine Josette Josie Josiephine Joslyn Jossie Journey Jovita Joy Joyce Joycelyn
Joye Juana Juanita Judi Judie Judith Judy Judyth Juli Julia Juliana Juliann Julianna Julianne Julie Juliet Juliette
Julisa Julissa June Junia Junie Justina Justine Kaaren Kacey Kaci Kacie Kacy Kadence Kadijah Kaela Kaelyn Kaelynn
Kaia Kaila Kailee Kailey Kailyn Kaitlin Kaitlyn Kaitlynn Kaiya Kala Kaleena Kaleigh Kalene Kaley Kali Kalie Kaliyah
Kallie Kalyn Kami Kamila Kamilah Kamora Kamya Kandace Kandi Kandice Kandy Kanesha Kanisha Kara Karan Karel Karen
Kari Karie Karin Karina Karis Karissa Karla Karlee Karlene Karley Karli Karlie Karly Karma Karol Karolyn Karon
Karren Karri Karrie Karsyn Karyl Karyme Karyn Kasandra Kasie Kassandra Kassidy Kassie Katarina Kate Katelin Katelyn
Katelynn Katerina Kathaleen Katharina Katharine Katharyn Katherin Katherine Kathern Katheryn Kathey Kathi Kathie
Kathleen Kathlene Kathlyn Kathrine Kathryn Kathryne Kathy Kathyrn Kati Katia Katie Katina Katlin Katlyn Katlynn
Katrina Kattie Katy Kay Kaya Kaycee Kaydence Kayla Kaylah Kaylan Kaylee Kayleen Kayleigh Kaylen Kaylene Kayley Kayli
Kaylie Kaylin Kaylyn Kaylynn Kazuko Keanna Keara Kecia Keeley Keely Keena Keesha Keila Keira Keisha Kelcie Keli
Kelis Kellee Kelli Kellie Kelly Kelsea Kelsey Kelsi Kelsie Kendra Kenia Kenisha Kenley Kenna Kennedi Kenzie Keri
Kerri Kerrie Kesha Keshia Keyla Khadijah Khalilah Khloe Kia Kiana Kianna Kiara Kiarra Kiera Kierra Kiersten Kim
Kimber Kimberely Kimberlee Kimberley Kimberli Kimberlie Kimberly Kimora Kindra Kinley Kinsey Kinsley Kira Kirsten
Kirstie Kirstin Kisha Kittie Kitty Kiya Kiyoko Kizzie Kizzy Kloe Kori Kortney Kourtney Krissy Krista Kristal Kristan
Kristen Kristi Kristie Kristin Kristina Kristine Kristy Kristyn Krysta Krystal Krysten Krystin Krystina Krystle Kya
Kyara Kyla Kylah Kylee Kyleigh Kylene Kylie Kyra Kyrie Lacey Laci Lacie Ladonna Lady Lahoma Laila Lailah Lainey
Laisha Lakeisha Laken Lakendra Lakesha Lakeshia Lakisha Lala Lalla Lana Lanette Laney Lani Lanie Lanita Laquita Lara
Larae Laraine Larissa Lashanda Lashonda Lashunda Lasonya Lassie Latanya Latarsha Latasha Latesha Latifah Latisha
Latonia Latonya Latoria Latosha Latoya Latoyia Latrice Latricia Latrina Launa Laura Laureen Lauren Laurene Lauretta
Laurette Lauri Laurie Laurine Lauryn Lavada Lavelle Lavenia Lavera Laverna Lavina Lavinia Lavona Lavonda Lavonia
Lavonne Lawanda Layla Laylah Leafy Leah Leala Leana Leandra Leaner Leann Leanna Leanne Leatha Leatrice Leda Leeann
Leesa Leia Leila Leilani Leisa Leisha Leitha Lela Lelah Lelar Lelia Lella Lemma Lempi Lenna Lenora Lenore Leola
Leoma Leona Leone Leonia Leonie Leonor Leonora Leonore Leontine Leora Leota Lera Lesa Lesia Leslee Lesli Leslie
Lesly Lesta Leta Letha Lethia Leticia Letitia Letta Lettie Letty Leva Levina Lexi Lexis Lexus Leyla Lia Liana Liane
Libbie Libby Liberty Lida Liddie Lidia Lidie Lila Lilah Lilia Lilian Liliana Lilianna Lilie Lilla Liller Lillia
Lillian Lilliana Lillianna Lillie Lillis Lilly Lily Lilyan Lilyana Lilyanna Lina Linda Lindsay Lindsey Linette Linna
Linnea Linsey Lisa Lisbeth Lise Lisette Lisha Lissa Lissette Lissie Lita Litha Littie Litzy Livia Liz Liza Lizabeth
Lizbeth Lizeth Lizette Lizzie Lockie Loda Lois Lola Lolita Lolla Lollie Loma Lona Londyn Loni Lonna Loraine Lorayne
Lorean Loree Loreen Lorelai Lorelei Lorena Lorene Loretta Loretto Lori Loria Loriann Lorie Lorinda Lorine Loris
Lorna Lorraine Lorrayne Lorri Lorrie Lossie Lota Lotta Lottie Louann Louanna Louella Louetta Louisa Louise Louisiana
Loula Lourdes Louvenia Lovey Lovina Lovisa Loyce Lu Luana Luann Luanne Luberta Lucero Lucetta Lucia Luciana Lucie
Lucile Lucille Lucina Lucinda Lucindy Lucretia Lucy Luda Ludie Luella Luetta Lugenia Luisa Lulah Lular Lulie Lulla
Lulu Luna Lura Lurana Lurena Lurline Lutie Luvenia Luvinia Luz Lyda Lydia Lyla Lylah Lynda Lyndia Lyndsay Lyndsey
Lynette Lynn Lynne Lynnette Lynsey Mabel Mabell Mabelle Mable Macel Macey Machelle Maci Macie Mackenzie Macy
Madaline Madalyn Madalynn Maddison Madeleine Madelene Madeline Madelyn Madelynn Madge Madie Madilyn Madilynn Madisen
Madison Madisyn Madlyn Madonna Madora Madyson Maebell Maebelle Maegan Maeve Mafalda Magan Magdalen Magdalena
Magdalene Magen Maggie Magnolia Mahala Mahalia Mahalie Mai Maia Maida Maira Maiya Makaila Makala Makayla Makena
Makenna Makenzie Malaya Maleah Malia Maliah Malinda Malissa Malissie Maliyah Mallie Mallorie Mallory Malorie Malvina
Mame Mammie Manda Mandi Mandie Mandy Manerva Manervia Manie Manila Manilla Manuela Manuelita Mara Maralyn Maranda
Marcela Marcelina Marceline Marcella Marcelle Marci Marcia Marcie Marcy Mardell Mareli Marely Maren Margaret
Margarete Margaretha Margarett Margaretta Margarette Margarita Margarite Marge Margene Margeret Margery Marget
Margie Margo Margot Margret Margrett Margretta Marguerite Margueritte Margurite Margy Mari Maria Mariah Mariam
Marian Mariana Marianita Mariann Marianna Marianne Maribel Maribeth Maricela Marie Mariel Mariela Marietta Marilee
Marilla Marilou Marilyn Marilynn Marin Marina Marinda Marisa Marisela Marisol Marissa Marita Maritza Mariyah
Marjorie Marjory Markita Marla Marlana Marlee Marleen Marleigh Marlen Marlena Marlene Marlie Marlys Marni Marnie
Marnita Marolyn Marquita Marry Marsha Marta Martha Marti Martika Martina Martine Marva Marvel Mary Maryam Maryann
Maryanne Marybelle Marybeth Maryellen Maryjane Maryjo Marylee Marylin Marylou Marylouise Marylyn Masako Mathilda
Mathilde Matie Matilda Matilde Mattie Mattye Maud Maude Maudie Maura Maureen Maurine Mavis Maxine Maya Maybell
Maybelle Maye Mayme Maymie Mayra Mazie Mckayla Mckenna Mckenzie Meadow Meagan Meaghan Mechelle Meda Media Medora Meg
Megan Meggan Meghan Meghann Melanie Melany Melba Melina Melinda Melisa Melissa Melissia Mellie Mellisa Mellissa
Melodee Melodie Melody Melonie Melony Melva Melvina Mena Mendy Mercedes Mercy Meredith Merilyn Merlene Merna Merri
Merrie Merrilee Merrily Merry Mertie Meryl Meta Metha Metta Mettie Mia Miah Micaela Micayla Michaela Michaele
Michele Michelina Michell Michelle Mickie Miesha Migdalia Mignon Mikaela Mikaila Mikala Mikalah Mikayla Mila
Milagros Milda Mildred Miley Milissa Millicent Millie Milly Mima Mimi Mina Minda Mindi Mindy Minerva Minervia Minna
Minnie Minta Mintie Mira Miracle Miranda Mireya Miriah Miriam Mirna Mirtie Missie Missouri Missy Misti Mistie Misty
Mittie Mitzi Miya Modena Moesha Moira Mollie Molly Mona Monica Monika Monique Monna Monnie Monserrat Mora Morgan
Moriah Mossie Mozell Mozella Mozelle Muriel Mya Myah Myla Mylee Mylie Myra Myranda Myrle Myrna Myrta Myrtice Myrtie
Myrtis Nada Nadia Nadine Naima Nakisha Nakita Nallely Nan Nana Nanci Nancie Nancy Nanette Nanie Nanna Nannette
Nannie Naoma Naomi Narcissus Natalee Natalia Natalie Nataly Natalya Natasha Nathalia Nathalie Nathaly Natosha
Nautica Nayeli Nayely Nealie Nealy Nedra Neha Nelda Nelia Nelie Nell Nella Nelle Nellie Nelly Nena Neola Neoma
Neppie Nereida Neta Netta Nettie Neva Nevada Nevaeh Neveah Nia Nichelle Nichol Nichole Nicki Nicola Nicole Nicolette
Nicolle Niki Nikia Nikita Nikki Nikole Nila Nilda Nina Ninnie Nira Nita Nobie Noelia Noelle Noemi Noemie Nohely Nola
Nolia Nolie Noma Nona Nonie Nora Norah Noreen Norene Noreta Noretta Norine Norita Norma Nova Novella Nya Nyah Nyasia
Nyla Nylah Nyree Octa Octavia Octavie Odalis Odalys Odelia Odessa Odette Odile Ofelia Olar Olena Olene Oleta Olevia
Olga Olinda Oline Oliva Olive Olivia Olivine Olympia Oma Omie Ona Oneida Oneta Oney Onie Onnie Opal Opha Ophelia
Orah Oralia Orelia Orene Orilla Orlena Orma Orpha Orra Osa Ota Otelia Ottilia Ottilie Ouida Ozella Paige Pairlee
Paisley Paityn Pallie Palma Paloma Pam Pamala Pamela Pamelia Pamella Pandora Pansy Paola Paralee Parlee Parthenia
Patience Patrica Patrice Patricia Patsy Patti Pattie Patty Paula Pauletta Paulette Paulina Pauline Payten Pearl
Pearla Pearle Pearlene Pearlie Pearline Pearly Peggie Peggy Penelope Penni Pennie Penny Pepper Perla Permelia Perri
Petra Phebe Pheobe Phillis Philomena Philomene Phoebe Phylicia Phylis Phyliss Phyllis Pink Pinkey Pinkie Piper Pluma
Pollie Polly Porsche Porsha Portia Precious Pricilla Princess Priscila Priscilla Prudence Prudie Qiana Queen Queenie
Quiana Rachael Racheal Rachel Rachelle Racquel Raegan Raelyn Raelynn Rafaela Ragna Raina Ramona Randi Raquel Rashida
Raven Rayna Rayne Reanna Reatha Reba Rebeca Rebecca Rebekah Regena Regenia Regina Reina Rella Rena Renada Renae
Renata Renea Renee Renita Rennie Ressie Reta Retha Retta Rettie Reva Reyna Rhea Rheta Rhianna Rhiannon Rhona Rhonda
Rianna Richelle Rihanna Rikki Rilla Rillie Rinda Risa Rita Riya Roberta Robin Robyn Rochelle Rocio Roena Rolanda
Romaine Romona Rona Ronda Roni Ronna Rosa Rosabelle Rosalee Rosalia Rosalie Rosalind Rosalinda Rosaline Rosalyn
Rosamond Rosann Rosanna Rosanne Rosaria Rose Roseann Roseanna Roseanne Rosella Roselyn Rosemarie Rosemary Rosena
Rosetta Rosey Rosia Rosie Rosina Rosita Roslyn Rosy Rowena Roxana Roxane Roxann Roxanna Roxanne Roxie Roxy Rozanne
Rozella Rubi Rubie Rubye Ruie Ruth Rutha Ruthann Ruthanne Ruthe Ruthie Ryann Ryleigh Rylie Sabina Sable Sabra
Sabrina Sada Sade Sadie Sadye Saige Salena Salina Sallie Sally Salma Salome Samantha Samara Samatha Samira Samiyah
Sanaa Sanai Sandi Sandie Sandra Sandy Saniya Saniyah Sanjuana Sanjuanita Sannie Santa Santina Sara Sarah Sarahi
Sarai Sariah Sarina Sarita Sarrah Sasha Saundra Savana Savanah Savanna Savannah Savilla Scarlet Scarlett Sebrina
Selah Selena Selene Selina Selma Sena Senora Serena Serenity Serina Shae Shaina Shakira Shalon Shalonda Shameka
Shamika Shana Shanae Shanda Shandra Shaneka Shanell Shanelle Shanequa Shani Shania Shanice Shaniece Shanika Shaniqua
Shanita Shaniya Shanna Shannan Shannen Shannon Shanta Shante Shantel Shantell Shaquana Shaquita Shara Shardae
Sharday Sharde Sharee Sharen Shari Sharita Sharla Sharleen Sharlene Sharman Sharon Sharonda Sharron Sharyl Sharyn
Shasta Shatara Shauna Shaunna Shavon Shavonne Shawanda Shawna Shawnda Shawnee Shawnna Shawnte Shayla Shaylee Shayna
Sheena Sheila Sheilah Shelba Shelbi Shelbie Shelby Shelia Shelley Shelli Shelly Shelva Shelvia Shelvie Shena Shenna
Sheree Sheri Sherie Sherilyn Sherita Sherlyn Sheron Sherree Sherri Sherrie Sherron Sherry Sherryl Sheryl Sheryll
Sheyla Shianne Shiela Shiloh Shira Shirl Shirlee Shirleen Shirlene Shirley Shirleyann Shirlie Shona Shonda Shonna
Shreya Shyann Shyanne Shyla Sibbie Sibyl Siddie Siena Sienna Sierra Signa Signe Sigrid Silvia Simona Simone Sina
Sinda Siobhan Sister Sky Skye Skyla Sloane Socorro Sofia Soledad Somer Sommer Sondra Sonia Sonja Sonji Sonya Sophia
Sophie Sophronia Spring Stacey Staci Stacia Stacie Stacy Star Starla Starr Stasia Stefani Stefanie Stella Stephaine
Stephani Stephania Stephanie Stephany Stephenie Stormy Sudie Sue Suellen Sula Summer Sunday Sunny Sunshine Susan
Susana Susann Susanna Susannah Susanne Sussie Suzan Suzann Suzanna Suzanne Suzette Suzie Suzy Sybil Sybilla Syble
Sydell Sydnee Sydney Sydni Sydnie Sylva Sylvania Sylvia Symone Syreeta Tabatha Tabetha Tabitha Tai Taina Taja
Takisha Talia Taliyah Tamala Tamara Tamatha Tambra Tameka Tamekia Tamela Tamera Tami Tamia Tamica Tamie Tamika
Tamiko Tamisha Tammi Tammie Tammy Tamra Tamya Tana Tanesha Tangela Tania Tanika Tanisha Taniya Taniyah Tanja Tanya
Tara Tarah Taraji Tari Tarsha Taryn Tasha Tashina Tasia Tatia Tatiana Tatianna Tatum Tatyana Tatyanna Tawana Tawanda
Tawanna Tawny Tawnya Taya Tayla Tea Teela Teena Tella Tempie Tena Tenika Tenisha Tennessee Tennie Tennille Tera
Teresa Terese Teressa Teri Terra Terri Terrie Tess Tessa Tessie Texanna Texas Texie Thalia Thea Theda Thekla Thelma
Theodocia Theodora Theodosia Theola Theresa Therese Theresia Theta Thomasina Thora Thresa Thursa Thyra Tia Tiana
Tianna Tiara Tiarra Tiera Tierra Tiesha Tiffani Tiffanie Tiffany Tilda Tilla Tillie Tina Tiney Tinie Tinnie Tiny
Tisa Tisha Tishie Tobi Toccara Tomasa Tomeka Tomika Tonda Toni Tonia Tonja Tonya Tori Torie Torrie Tosha Toshiko
Towanda Toya Tracee Tracey Traci Tracie Tracy Treasure Treena Trena Tresa Tressa Tressie Treva Tricia Trilby Trina
Trish Trisha Trista Trudi Trudie Trudy Trula Tula Twila Twyla Tyesha Tyra Ula Una Unique Ura Ursula Vada Valarie
Valencia Valentina Valeria Valerie Valery Valinda Vallie Valorie Vanesa Vanessa Vannie Vara Vashti Vassie Veda Vela
Velda Velia Vella Velma Velva Velvet Vena Venessa Venice Venie Venita Vennie Venus Veola Verda Verdell Verdie Verena
Vergie Verla Verlene Verlie Vernelle Vernetta Vernia Vernice Vernita Verona Veronica Versa Versie Vertie Vessie
Vesta Veta Veva Vicie Vickey Vicki Vickie Vicky Victoria Victorine Victory Vicy Vida Vikki Villa Vilma Vina Vincenza
Viney Vinie Vinnie Viola Violet Violeta Violetta Violette Vira Virdie Virgia Virginia Viridiana Vita Viva Vivian
Viviana Vivien Vivienne Vlasta Vonda Vonetta Vonnie Wanda Waneta Wanita Wava Wende Wendi Wendy Whitley Whitney Wilda
Wilhelmina Wilhelmine Willa Willene Willia Williemae Willodean Willow Wilma Windy Winnifred Winona Winter Wynona
Xena Ximena Xiomara Yadira Yahaira Yajaira Yamilet Yamilex Yareli Yaretzi Yaritza Yasmeen Yasmin Yasmine Yazmin
Yesenia Yessenia Yetta Yolanda Yolonda Yoselin Yoshiko Yuliana Yulisa Yulissa Yuridia Yvette Yvonne Zada Zadie Zaida
Zana Zandra Zaniyah Zara Zaria Zariah Zela Zelda Zelia Zella Zelma Zelpha Zena Zenobia Zeta Zetta Zettie Zhane
Zillah Zilpah Zilpha Zina Zita Zoa Zoe Zoey Zoie Zola Zona Zora Zula
    """.split()
)

MALE_NAMES: frozenset[str] = frozenset(
    """
Aaden Aarav Aaron Ab Abb Abbott Abdiel Abdul Abdullah Abe Abel Abelardo Abie Abner Abraham Abram Ace Acey Acie Acy
Adalberto Adam Adams Adan Add Adelard Adelbert Aden Adin Aditya Adlai Admiral Adolf Adolfo Adolph Adolphus Adonis
Adrain Adrian Adriel Adrien Adron Aedan Agustin Agustus Ah Ahmad Ahmed Aidan Aiden Aidyn Aime Akeem Al Alan Alanzo
Albert Alberto Albertus Albin Albion Alby Alcee Alcide Alden Aldo Alec Aleck Alejandro Alek Alessandro Alex Alexande
Alexander Alexandre Alexandro Alexzander Alf Alferd Alfie Alfonse Alfonso Alfonzo Alford Alfred Alfredo Alger
Algernon Algie Algot Ali Alijah Allan Allen Allyn Almer Almon Almond Almus Alois Alonso Alonza Alonzo Aloys Aloysius
Alpheus Alphons Alphonse Alphonso Alphonsus Alston Alto Alton Alva Alvah Alvan Alvaro Alver Alvia Alvie Alvin Alvis
Alvy Alwin Amado Amare Amarion Amasa Ambers Ambrose Americo Amerigo Amil Amin Amir Amit Ammon Amon Amos Ananias
Anastacio Anatole Ancel Ancil Anders Anderson Andon Andrae Andre Andreas Andres Andrew Andy Anfernee Angelo Angus
Anibal Ansel Anson Anthoney Anthony Antione Antoine Anton Antone Antonio Antony Antwain Antwan Antwon Anwar Arba
Arbie Arch Archer Archibald Archie Ari Aric Arjun Arlan Arland Arlen Arlin Arlington Arlis Arlo Arlyn Arman Armand
Armando Armin Armond Armstead Arnav Arne Arnett Arnie Arno Arnold Arnoldo Arnulfo Aron Arron Arsenio Art Arther
Arthor Arthur Artie Artis Arturo Arvel Arvid Arvil Arvin Arvo Aryan Asa Asberry Asbury Ashby Asher Ashton Atlas
Atticus Attilio Aubra Audley Audy August Auguste Augustin Augustine Augustus Aurelio Aurthur Austen Austin Auston
Austyn Auther Author Authur Autry Avery Avon Axel Ayaan Aydan Ayden Aydin Babe Babyboy Baker Baldwin Ballard Banks
Barnard Barnett Barney Barnie Baron Barrett Barrie Barron Barry Bart Bartholomew Bartley Barton Bascom Basil Baxter
Bayard Beau Beckett Beckham Bedford Beecher Belton Ben Benard Benedict Benito Benjaman Benjamen Benjamin Benjamine
Benji Benjiman Benjman Bennett Benny Benson Bentley Benton Berkley Berlin Bernard Bernardo Bernhard Bernie Berry
Bert Berton Bertram Bertrand Bilal Bill Billy Birt Bishop Bjorn Blain Blaine Blaise Blake Blanchard Blane Blas Blaze
Bliss Bluford Bo Bob Bobby Bode Bolden Booker Boone Boris Bose Boss Boston Bowman Boyce Boyd Boysie Brad Braden
Bradford Bradley Bradly Brady Bradyn Braeden Braedon Braiden Brain Branch Brandan Branden Brandin Brandon Brandt
Brandyn Brannon Branson Brant Brantley Braulio Braxton Brayan Brayden Braydon Braylen Braylon Brendan Brenden
Brendon Brennan Brennen Brennon Brent Brenton Bret Brett Brian Brice Bridger Brien Brion Britton Brock Broderick
Brodie Brody Brogan Bronson Brooks Brown Bruce Bruno Bryan Bryant Bryce Brycen Bryon Bryson Bryton Buck Bud Budd
Buddie Buddy Buel Buell Buford Bunk Burdette Buren Burgess Burk Burke Burl Burleigh Burley Burnell Burnett Burney
Burnie Burns Burr Burrel Burrell Burt Burton Bush Buster Butch Butler Bynum Byron Cade Caden Cael Caesar Caiden Cain
Cal Cale Caleb Calhoun Callum Calvin Cam Camden Cameron Camilo Camren Camron Candido Cannon Canyon Cap Captain Carl
Carleton Carlisle Carlo Carlos Carlton Carlyle Carmelo Carmine Carnell Carsen Carter Cas Case Casen Cash Casimer
Casimir Casimiro Cason Casper Cass Cassius Caswell Cato Cayden Ceasar Cecil Cedric Cedrick Celestino Cephus Cesar
Ceylon Chace Chad Chadd Chadrick Chadwick Chaim Chalmer Chalmers Champ Chance Chancey Chancy Charle Charles Charls
Charlton Charly Chas Chase Chauncey Chauncy Chaz Che Chesley Chester Chet Chin Chip Chris Christ Christian Christion
Christop Christoper Christophe Christopher Chuck Cicero Clabe Claiborne Clarance Clarence Clark Clarke Clarnce Claud
Claude Claudio Claudius Claus Clay Clayton Clearence Cleave Clell Clemens Clement Clemente Clemon Cleon Cletus Cleve
Cleveland Clide Cliff Clifford Clifton Clint Clinton Clive Clovis Cloyd Clyde Coby Codey Codi Codie Cody Coen Cohen
Colbert Colby Cole Coleman Coleton Coley Colie Colin Collie Collier Collin Collins Collis Colon Colonel Colt Colten
Colter Colton Columbus Colvin Commodore Con Conard Conley Conner Connor Conor Conrad Constantine Conway Coolidge
Cooper Corbett Corbin Cordaro Cordell Cordero Corey Cornel Cornelious Cornelius Cornell Corry Cortez Corwin Cory
Cosmo Coty Council Courtland Coy Craig Crawford Creed Cris Cristian Cristobal Cristofer Cristopher Crockett Cullen
Curley Curt Curtis Curtiss Cyril Cyrus Dabney Dakoda Dakota Dakotah Dale Dallin Dalton Dalvin Damarcus Damari
Damarion Dameon Damian Damien Damion Damon Damond Dan Dandre Dane Dangelo Danial Daniel Dann Danniel Danny Dante
Daquan Darell Daren Darien Darin Dario Darion Darius Darl Darnell Darold Daron Darrel Darrell Darren Darrian Darrick
Darrien Darrin Darrion Darrius Darron Darry Darryl Darryle Darryll Darryn Darvin Darwin Darwyn Daryl Daryle Daryn
Dashawn Daulton Daunte Davante Dave Davey Davian David Davie Davin Davion Davis Davon Davonta Davonte Davy Dawson
Dax Daxton Dayne Dayton Deacon Dean Deandre Deane Deangelo Deante Declan Dedric Dedrick Deegan Deforest Deion Dejon
Dejuan Del Delano Delbert Delmar Delmas Delmer Delmus Delos Delphin Delton Delvin Delwin Demarco Demarcus Demario
Demarion Demetri Demetric Demetrios Demetrius Demian Demond Demonte Dempsey Denis Dennis Denny Denton Denver Denzel
Denzell Denzil Deon Deondre Deonta Deontae Deonte Dequan Derald Dereck Derek Dereon Deric Derick Derik Derl Deron
Derrek Derrell Derrick Derwin Deryl Desean Deshaun Deshawn Desi Desmond Destin Destry Devante Devaughn Deven Devin
Devon Devonta Devontae Devonte Deward Dewayne Dewitt Dexter Diallo Dickie Diego Dijon Dilan Dillan Dillard Dillion
Dillon Dimitri Dimitrios Dink Dino Dion Dionicio Dionte Dirk Dixon Doc Dock Doctor Doll Dolph Dolphus Domenic
Domenick Domenico Domingo Dominic Dominick Dominik Don Donaciano Donal Donald Donat Donato Donavan Donavon Dondre
Donell Donn Donnell Donny Donovan Donta Dontae Donte Dorian Dorman Dorr Dorsey Doss Doug Douglas Douglass Dow Doyle
Dozier Drake Draven Drew Drury Duane Duard Dudley Duff Duke Duncan Durell Durrell Durward Durwood Dustan Dustin
Dustyn Duwayne Dwain Dwaine Dwane Dwayne Dwight Dwyane Dylan Dyllan Dylon Ean Earl Earle Earley Early Earnest Easton
Ebb Ebbie Eben Ebenezer Eber Ebert Ed Edd Eddie Eddy Edgar Edgardo Edison Edmon Edmond Edmund Edsel Edson Eduardo
Edw Edward Edwardo Edwin Efrain Efrem Efren Egbert Einar Eino Elam Elbert Elbridge Elby Elden Elder Eldon Eldred
Eldridge Elex Elgin Eli Elian Elias Elick Elie Eliezer Eliga Eligah Elige Elihu Elijah Eliot Eliseo Elizah Ell
Ellery Elliot Elliott Ellis Ellison Ellsworth Ellwood Elmer Elmo Elmore Elon Elonzo Eloy Elroy Elsworth Elton Elvin
Elvis Elwin Elwood Elwyn Ely Elzie Elzy Emanuel Emett Emil Emile Emiliano Emilio Emit Emmanuel Emmet Emmett Emmit
Emmitt Emmons Emory Emry Encarnacion Ennis Enoch Enos Enrico Enrique Enzo Ephraim Ephram Ephriam Epifanio Erasmo
Erasmus Erastus Erby Eric Erich Erick Erik Erland Erle Erling Ernest Ernesto Ernie Ernst Errol Ervin Erving Erwin
Esau Esco Esequiel Esker Esley Essex Esteban Estel Estes Estevan Estill Eston Ethan Ethelbert Ethen Eugene Eugenio
Eusebio Eustace Evan Evander Evans Everet Everett Everette Evert Evertt Ewald Ewart Ewell Ewin Ewing Ezekiel Ezell
Ezequiel Ezra Ezzard Fabian Faron Farrell Farris Fate Faustino Fayette Fed Federico Felipe Felix Felton Fenton Ferd
Ferdinand Ferman Fernand Fernando Ferrell Ferris Festus Fidel Fidencio Fielding Finis Finn Finnegan Firman Fisher
Fitzgerald Fitzhugh Fleet Flem Fleming Fletcher Flint Florencio Florentino Florian Floyd Foch Ford Forrest Foster
Fount Foy Francesco Francis Francisco Franco Frank Franklin Franklyn Franz Frazier Fred Freddy Frederic Frederick
Fredie Fredric Fredrick Fredy Freeman Fremont French Friend Fritz Fuller Fulton Furman Gabe Gabriel Gael Gaetano
Gage Gaige Gaines Gaither Galen Gannon Gardner Garett Garey Garfield Garland Garner Garold Garret Garrett Garrick
Garrison Garry Garth Garvin Gary Gasper Gaston Gauge Gaven Gavin Gavyn Gaylen Gaylon Gaylord Gearld Geary Gee Genaro
Gene General Gennaro Geno Geo Geoff Geoffrey George Geovanni Gerald Geraldo Gerard Gerardo Gerhard Gerhardt German
Gerold Gerrit Giancarlo Gianni Gibson Gideon Gifford Gil Gilbert Gilberto Giles Gilford Gilman Gilmer Gilmore Gino
Giovani Giovanni Giovanny Giuseppe Gladstone Glen Glendon Glenn Glenwood Glover Glynn Godfrey Goebel Gonzalo Gorden
Gordon Gorge Gottlieb Governor Grady Grafton Graham Grant Granville Graves Gray Graydon Grayling Grayson Green
Greene Greg Gregg Greggory Gregorio Gregory Greyson Griffin Griffith Grove Grover Guido Guilford Guillermo Gunnar
Gunner Gurney Gus Guss Gust Gustaf Gustav Gustave Gustavo Gustavus Guthrie Guy Haden Haiden Hakeem Hakim Hal Halbert
Hale Hall Halsey Ham Hamilton Hamp Hampton Hamza Handy Hank Hans Hansel Hansford Hanson Harden Hardie Hardin Harding
Hardy Harl Harlan Harland Harlen Harlie Harlon Harm Harman Harmon Harold Harrell Harrie Harris Harrison Harrold
Harry Hart Hartley Hartwell Harve Harvey Harvie Harvy Hasan Haskell Hassan Hayden Hayes Hays Hayward Haywood Hazen
Heath Heber Hebert Hector Helmer Hence Henderson Henery Henri Henry Herb Herbert Heriberto Herman Hermann Hermon
Hernan Herschel Hershel Hershell Hervey Heyward Hezekiah Hezzie Hideo Hilario Hilbert Hill Hillard Hillery Hilliard
Hilmer Hilton Hiram Hiroshi Hjalmar Hjalmer Hobart Hobert Hobson Hoke Holden Holland Holmes Homer Hoover Horace
Horacio Horatio Horton Hosea Hosie Hosteen Houston Howard Howell Hoy Hoyt Hubbard Hubert Hudson Huey Hugh Hughes
Hughey Hughie Hugo Humberto Humphrey Hung Hunt Hunter Hurbert Hurley Huston Huy Hyman Hymen Hyrum Ian Ibrahim
Ignacio Ignatius Ignatz Ike Illya Imanol Immanuel Ingram Irl Irven Irvin Irvine Irving Irwin Isaac Isaak Isadore
Isai Isaiah Isaias Isam Ishaan Isham Ishmael Isiah Isidor Isidore Isidro Ismael Isom Israel Isreal Issac Ivan Iver
Iverson Ivor Izaiah Izayah Jabari Jabbar Jabez Jace Jack Jackson Jacky Jacob Jacoby Jacques Jacquez Jadiel Jadon
Jaeden Jagger Jaheem Jaheim Jahiem Jahir Jaimie Jair Jairo Jajuan Jake Jakob Jakobe Jaleel Jalen Jalon Jamaal Jamal
Jamar Jamarcus Jamari Jamarion Jame Jameel Jamel James Jameson Jamil Jamin Jamir Jamison Jaquan Jaquez Jarad Jared
Jaren Jaret Jarett Jarod Jaron Jarrad Jarred Jarrell Jarret Jarrett Jarrod Jarvis Jase Jasen Jasiah Jason Jasper
Javen Javier Javion Javon Javonte Jax Jaxen Jaxon Jaxson Jaxton Jay Jayce Jaycob Jaydan Jaydin Jaydon Jaylan Jaylon
Jaymes Jayson Jayvion Jayvon Jeb Jed Jedediah Jedidiah Jeff Jefferey Jefferson Jeffery Jeffrey Jeffry Jelani Jemal
Jennings Jens Jep Jeptha Jerad Jerald Jeramiah Jeramie Jeramy Jere Jered Jerel Jereme Jeremey Jeremiah Jeremie
Jeremy Jerimiah Jerimy Jermain Jermaine Jermey Jerod Jerold Jerome Jeromy Jerrad Jerrel Jerrell Jerrod Jerrold Jerry
Jess Jesse Jessee Jessy Jesus Jethro Jett Jevon Jiles Jim Jimmie Jimmy Joaquin Job Jobe Joe Joel Joeseph Joesph Joey
Johan Johathan John Johnathan Johnathon Johney Johnny Johnpaul Johnson Johny Jon Jonah Jonas Jonatan Jonathan
Jonathon Jones Jorden Jordi Jordon Jordy Jorge Jory Jose Josef Joseluis Joseph Josephus Josh Joshua Joshuah Josiah
Josue Jovan Jovani Jovanni Jovanny Jovany Juan Judah Judd Jude Judge Judson Juelz Jules Julian Julien Julio Julious
Julius Juluis Junior Junious Junius Justen Justin Juston Justus Justyn Juwan Kade Kadeem Kaden Kadin Kadyn Kaeden
Kael Kahlil Kai Kaiden Kale Kaleb Kalel Kalen Kalvin Kamden Kamren Kamron Kane Kanye Kareem Kareen Karim Karl Karson
Karter Kasen Kash Kason Kavon Kayson Kazuo Keagan Keandre Keanu Keaton Keegan Keenan Keenen Kegan Keifer Keion Keith
Kelan Kelby Kellan Kellen Kelton Kelvin Kem Ken Kenan Kendell Kendrick Kenji Kennard Kenneth Kenney Kennith Kennth
Kenny Kent Kenton Kenyon Keon Kermit Kerwin Keshaun Keshawn Kevan Keven Kevin Kevon Keyon Keyshawn Khalid Khalil
Khari Khiry Kian Kiefer Kiel Kieran Kieth Killian Kimball King Kingston Kinte Kip Kipp Kirby Kirk Kirt Kit Kiyoshi
Knox Knute Kobe Koby Koda Kody Koen Kolby Kole Kolten Kolton Konner Konnor Korbin Kordell Korey Kory Kraig Krish
Kristofer Kristoffer Kristopher Kunta Kurt Kurtis Kwame Kyan Kylan Kyle Kyler Kymani Kyree Kyson Ladarius Laddie
Lafayette Lafe Lamar Lamarcus Lambert Lamont Lamonte Lance Landan Landen Landin Landon Landyn Lane Lanny Laquan Lark
Larkin Laron Larry Lars Lary Latrell Laurance Laurence Lavar Lawerence Lawrance Lawrence Lawson Lawton Lawyer Layne
Layton Lazaro Le Leamon Leander Leandro Lee Leeroy Leif Leland Lem Lemmie Lemon Lemuel Len Lenard Lennon Lenny Lenon
Lenord Lenwood Leo Leon Leonard Leonardo Leonce Leonel Leonidas Leopold Leopoldo Leroy Les Less Lester Levar Levern
Levi Levie Levin Levon Levy Lew Lewis Lex Liam Lige Lilburn Lillard Lim Lincoln Lindbergh Lindell Linden Link Linn
Linton Linus Linwood Linzy Lionel Lisandro Lish Lisle Liston Little Littleton Llewellyn Lloyd Logan Lon Lone Loney
Long Lonnie Lonny Lonzo Loran Lorenz Lorenzo Lorin Loring Lorne Lott Louis Lovell Lovett Lowell Loy Loyal Loyd Luc
Luca Lucas Lucian Luciano Lucien Lucio Lucious Lucius Lucky Ludwig Luigi Luis Luka Lukas Luke Lum Luster Lute Luther
Lydell Lyle Lyman Lyndon Lynwood Mac Macarthur Mace Maceo Mack Madden Maddox Maddux Mahlon Major Makai Makhi Mal
Malachi Malakai Malaki Malcolm Malcom Male Malik Malvin Manford Manley Manly Manning Mansfield Manson Manuel Marc
Marcel Marcelino Marcell Marcello Marcellus Marcelo Marchello Marco Marcos Marcus Margarito Mariano Mario Marius
Mark Markel Markell Markus Marland Marlin Marlon Marques Marquez Marquis Marquise Marrion Marsh Marshal Marshall
Mart Martell Martez Martin Marvin Masao Mason Mat Mateo Math Mathew Mathews Mathias Matias Matt Matteo Matthew
Matthias Maurice Mauricio Mauro Maury Maverick Max Maxim Maximilian Maximiliano Maximillian Maximo Maximus Maxwell
Maxx Maynard Mayo Mcarthur Mearl Mekhi Mel Melbourne Melton Melville Melvin Melvyn Memphis Menachem Mercer Merl
Merlin Merlyn Merrill Merritt Merton Mervin Mervyn Merwin Messiah Metro Meyer Michael Michale Micheal Michel Michial
Micky Miguel Miguelangel Mikal Mike Mikeal Mikel Mikhail Milas Milburn Miles Milford Millard Miller Mills Milo
Milton Miner Minor Minoru Misael Mitch Mitchel Mitchell Moe Mohamed Mohammad Mohammed Moises Monroe Mont Monte
Montel Montgomery Montrell Monty Moody Mordechai Morris Mortimer Morton Mose Moses Moshe Muhammad Murdock Murphy
Murray Murry Mustafa Mychal Myer Mykel Myles Myron Najee Namon Napoleon Nash Nasir Nat Nathan Nathanael Nathanial
Nathaniel Nathen Neal Ned Needham Neely Nehemiah Neil Nello Nels Nelson Nery Nestor Nevin Newell Newman Newt Newton
Nicholas Nicholaus Nick Nicklaus Nickolas Nicky Nico Nicolas Nigel Nikhil Nikko Niko Nikolai Nikolas Nile Niles Nils
Nim Noah Noble Noe Nolan Nolen Norbert Norberto Norman Normand Norris North Norton Norval Norwood Nunzio Oakley Obe
Obed Obie Octave Octavio Octavius Oddie Odin Odis Odus Offie Ogden Okey Olaf Olan Oland Ole Olen Oley Olin Oliver
Olof Omar Omari Omarion Omer Oneal Oran Orange Oren Orie Orin Orion Oris Orla Orland Orlando Orley Orlin Orlo Orren
Orrin Orris Orson Orval Orvel Orvil Orville Orvin Orvis Osbaldo Osborn Osborne Oscar Osvaldo Oswald Oswaldo Othel
Otho Otis Ott Ottis Otto Ovid Ovila Owen Owens Ozzie Pablo Page Palmer Park Parker Parley Parrish Pascal Pasquale
Pate Patric Patrick Paul Paulo Paxton Pearley Pedro Percival Percy Perley Pernell Perry Pershing Pete Peter Phil
Philip Phillip Philo Pierce Pierre Pinkney Pleas Pleasant Ples Plummer Polk Porfirio Porter Posey Powell Pranav
Pratt Prentice Prentiss Press Preston Price Primus Prince Prosper Pryor Purl Quentin Quincy Quint Quinten Quintin
Quinton Raekwon Rafael Rafe Raheem Rahn Rahsaan Rahul Raiden Rakeem Raleigh Ralph Ramiro Ramon Ramsey Rance Rand
Randal Randall Randel Randell Randle Randolf Randolph Randy Ransom Raoul Raphael Raquan Ras Rashaad Rashaan Rashad
Rashawn Rasheed Raul Ray Rayan Rayburn Rayfield Rayford Raymon Raymond Raymundo Raynard Rayshawn Reason Red Redden
Redmond Reed Refugio Reggie Reginal Reginald Regis Reid Reinaldo Reinhold Reino Remington Remy Renaldo Renard Reno
Reuben Reubin Rex Rexford Rey Reyes Reynaldo Reynold Reynolds Rhett Rhys Rian Ricardo Ricci Rice Rich Richard Richie
Richmond Rick Rickey Rickie Ricky Rico Ridge Rigoberto Riley Rishi Ritchie Rob Robb Robby Robert Roberto Robley Robt
Roby Rocco Rock Rocky Rod Roddy Roderic Roderick Rodger Rodney Rodolfo Rodrick Rodrigo Roe Roel Rogelio Roger Rogers
Rohan Roland Rolando Rolf Roll Rolla Rolland Rollie Rollin Rollo Roman Rome Romello Romeo Romie Ron Ronal Ronald
Ronaldo Ronan Rondal Ronin Ronnie Ronny Roosevelt Rosco Roscoe Rosendo Rosevelt Ross Roswell Rowland Roy Royal Royce
Rube Ruben Rubin Rudolf Rudolfo Rudolph Rudy Rueben Ruel Ruffin Ruffus Rufus Rupert Rush Russ Russel Russell Rustin
Rusty Rutherford Ryan Ryder Ryker Ryland Ryley Ryne Sabastian Saint Sal Salomon Salvador Salvatore Sam Samie Samir
Sammy Sampson Samson Samual Samuel Sanders Sanford Santiago Santino Santo Saul Saverio Savion Savon Sawyer Schley
Schuyler Scot Scott Scottie Scotty Seaborn Seamus Sean Sebastian Sedrick Seldon Selmer Semaj Seneca Sergio Seth
Severo Severt Seward Seymour Shad Shade Shafter Shamar Shan Shane Shaquan Shaquille Sharif Shaun Shawn Shayne
Shedrick Sheldon Shelton Shemar Shep Shepherd Sherman Sherwin Sherwood Shoji Shon Shyheim Sid Sie Sigmund Sigurd
Silas Silver Silvester Silvio Sim Simeon Simmie Simon Simpson Sincere Sing Skip Slade Smith Sol Soloman Solomon
Solon Son Sonny Soren Spencer Spenser Spurgeon Squire Stafford Stan Stanford Stanislaus Stanley Stanton Starling
Stefan Stephan Stephen Stephon Sterling Stetson Stevan Steve Steven Steward Stewart Stone Stonewall Stoney Storm
Stuart Sullivan Sumner Syed Sylas Sylvan Sylvanus Sylvester Tab Tad Taft Tahj Taj Tal Talan Talen Tallie Talmadge
Talmage Talon Tandy Tanner Tarik Tariq Tate Tatsuo Taurean Taurus Tavares Tavaris Tavian Tavion Tavon Tayshaun Ted
Teddie Teddy Tegan Telly Terance Terell Terence Terrance Terrell Terrence Terrill Tevin Tex Thad Thaddeus Theadore
Thedore Theo Theodis Theodore Theophile Therman Theron Thomas Thompson Thor Thornton Thorwald Thos Thurlow Thurman
Thurston Tilden Tillman Tilman Tim Timmie Timmothy Timmy Timothy Tito Titus Tobe Tobias Tobie Tobin Tod Todd Toivo
Tolbert Tollie Tom Toma Tomas Tomie Tommy Toney Tony Torey Toriano Torrance Torrence Torrey Torry Toshio Toy Trace
Trae Travis Travon Trayvon Tre Tremaine Tremayne Trent Trenten Trenton Trever Trevin Trevion Trevon Trevor Trey
Treyton Treyvon Tripp Tristan Tristian Tristin Triston Troy True Trumaine Truman Trystan Tuan Tucker Turner Ty Tye
Tyler Tylor Tyquan Tyree Tyreek Tyreese Tyrek Tyreke Tyrel Tyrell Tyrese Tyrik Tyrin Tyriq Tyrique Tyron Tyrone
Tyrus Tyshawn Tyson Ulises Ulysses Unnamed Urban Uriah Uriel Urijah Valentin Valentino Van Vance Vander Vashon
Vaughn Vere Vergil Verl Verle Verlin Verlon Verlyn Vern Vernal Verner Vernon Vester Vic Vicente Vick Victor
Victoriano Vidal Vince Vincent Vincenzo Vinson Vinton Virge Virgel Virgil Virgle Vito Vollie Volney Von Wade Waino
Waldemar Waldo Walker Wallace Wally Walt Walter Walton Ward Wardell Warner Warren Wash Washington Watson Watt
Waverly Wayde Wayland Waylon Wayman Waymon Wayne Weaver Webb Webster Weldon Wellington Wells Welton Wendel Wendell
Wenzel Werner Wes Wesley Wess West Westin Westley Weston Wheeler Whit Wilber Wilbert Wilbur Wilburn Wiley Wilford
Wilfred Wilfredo Wilfrid Wilhelm Wiliam Wilkie Will Willaim Willam Willard William Williams Willian Williard Willie
Willis Willy Wilmer Wilson Wilton Windell Winfield Winford Winfred Wing Winston Winthrop Winton Wirt Wm Wong Wood
Woodie Woodroe Woodrow Woodson Woody Worley Worth Wright Wyatt Wylie Wyman Xander Xavier Xzavier Yaakov Yadiel Yael
Yahir Yair Yancy Yandel Yee Yehuda Yoel York Yosef Yoshio Young Yurem Yusuf Zachariah Zachary Zachery Zack Zackary
Zackery Zaid Zaiden Zain Zaire Zakary Zander Zane Zavier Zavion Zayden Zayne Zeb Zebulon Zechariah Zed Zeke Zenas
Zeno Zigmund Zollie
    """.split()
)

# Names in both lists with no clear majority ("Hillary", "Jordan", "Kelly"): a person's, of unknown gender.
UNISEX_NAMES: frozenset[str] = frozenset(
    """
Amari Andra Angel Ardell Arden Arley Arlie Armani Atha Aubrey Audie Bell Bennie Bertie Beryl Bethel Billie Bird
Blair Bobbie Britt Brook Burnice Byrd Callie Campbell Camryn Carey Carlie Carmel Carrol Carroll Carson Cary Casey
Chandler Channing Charley Charlie Clair Clare Claudie Clem Clemence Clemmie Cleo Cortney Cruz Dallas Dannie Darby
Darcy Darian Dell Della Delma Dennie Dessie Devan Devyn Dewey Donnie Dora Dorris Dusty Earlie Eden Edie Effie Elgie
Elisha Elza Emerson Emery Erie Finley Floy Forest Frankie Freddie Gale Garnet Garnett Gay Gayle Genie Georgie
Germaine Gerry Golden Gussie Hadley Halley Hallie Harley Harlow Harper Hattie Haven Hilary Hillary Hollie Hollis
Hope Ida Infant Ira Iva Ivey Ivory Ivy Jaden Jadyn Jaiden Jaidyn Jaime Jamey Jammie Jan Jayden Jaylen Jaylin Jayme
Jeffie Jensen Jessie Jettie Jewell Johnie Johnnie Jonnie Jordan Jordyn Jule Justice Kamari Kameron Kamryn Kasey
Kayden Kaye Kelley Kendal Kendall Kennedy Kenya Kenyatta Kerry Kiley Kris Kristian Lacy Lannie Larue Lashawn Laurel
Lavern Laverne Lavon Lea Leigh Leighton Lena Lennie Lesley Lessie Lexie Lindy Linnie London Lonie Lora Loren Lorenza
Lou Louie Love Lovie Lue Lula Lupe Luverne Lyn Lyric Mae Mamie Mannie Marion Marley Marlo Marlyn Marty Maxie May
Mckinley Mell Merle Micah Michal Mickey Milan Montana Montie Murl Myrl Myrtle Nakia Noel Ocie Oda Odell Odie Ola
Olie Ollie Ora Oral Orrie Osie Ossie Otha Ottie Ova Ozell Ozie Paris Pat Payton Peyton Phoenix Presley Quinn Rae
Reagan Reece Reese Regan Reilly Rene Rhoda Ricki River Robbie Robbin Roma Rory Rosario Rossie Rowan Ruby Rylan Rylee
Sage Sammie Santana Santos Shanon Shay Shea Shellie Sheridan Sherrill Sidney Skylar Skyler Stevie Susie Tayler
Taylor Teagan Terry Toby Tommie Tory Trinidad Trinity Tristen Unknown Val Valentine Vera Verna Verne Vernell Vernie
Virgie Winifred Winnie Zion
    """.split()
)
